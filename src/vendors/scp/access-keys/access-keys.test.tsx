import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AccessKeysPage from '../pages/access-keys-page';
import { accessKey, fakeScp, renderScp, scpError, type ScpCall } from '../testing/render-scp';
import { setupScpTests } from '../testing/setup-scp-tests';

setupScpTests();

const READ_SECRET = 'secret-from-a-read-0000';
const NEW_SECRET = 'brand-new-secret-1111';
const old = accessKey('k1', { access_key: 'OLDKEY', secret_key: READ_SECRET, description: 'CI' });
const fresh = accessKey('k2', { access_key: 'NEWKEY', secret_key: NEW_SECRET });

function keysApi(extra: (c: ScpCall) => { status?: number; body: unknown } | undefined = () => undefined) {
  return fakeScp((c) => {
    const e = extra(c);
    if (e) return e;
    if (c.path === '/v1/access-keys' && c.method === 'GET')
      return {
        body: {
          access_keys: [
            old,
            accessKey('k3', {
              access_key: 'TEMPKEY',
              access_key_type: 'TEMPORARY',
              parent_access_key_id: 'k1',
              expiration_timestamp: '2999-01-01T00:00:00Z',
            }),
          ],
          count: 2,
          links: [{ href: 'x', rel: 'self' }],
        },
      };
    if (c.path === '/v1/access-keys' && c.method === 'POST')
      return { status: 201, body: { access_key: fresh } };
    if (c.path === '/v1/access-keys/k1' && c.method === 'GET') return { body: { access_key: old } };
    if (c.path === '/v1/access-keys/k2' && c.method === 'GET') return { body: { access_key: fresh } };
    return undefined;
  });
}

describe('access keys list', () => {
  it('shows type, status, "Never" for a permanent expiry and the parent, and no secret from a read', async () => {
    keysApi();
    renderScp(<AccessKeysPage />, 'access-keys');
    const table = await screen.findByRole('table', { name: 'Access keys' });
    const rowOf = (k: string) => within(table).getByRole('rowheader', { name: k }).closest('tr') ?? table;
    const row = rowOf('OLDKEY');
    expect(within(row).getByText('Never')).toBeInTheDocument();
    expect(within(row).getByText('Enabled')).toBeInTheDocument();
    const temp = rowOf('TEMPKEY');
    expect(within(temp).getByText('OLDKEY')).toBeInTheDocument();
    expect(screen.queryByText(READ_SECRET)).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(READ_SECRET);
  });

  it('creates a permanent key with a built duration and shows its secret once', async () => {
    const calls = keysApi();
    renderScp(<AccessKeysPage />, 'access-keys');
    await userEvent.click(await screen.findByRole('button', { name: 'Create permanent key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create permanent key' });
    await userEvent.type(within(dialog).getByRole('spinbutton', { name: 'Months' }), '6');
    expect(within(dialog).getByText('Sent as P6M.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create permanent key' }));
    const secret = await screen.findByRole('dialog', { name: 'Store the secret key' });
    await userEvent.click(within(secret).getByRole('button', { name: 'Reveal' }));
    expect(within(secret).getByText(NEW_SECRET)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.json).toMatchObject({
      access_key_type: 'PERMANENT',
      duration: 'P6M',
    });
    await userEvent.click(within(secret).getByRole('checkbox', { name: /stored it/ }));
    await userEvent.click(within(secret).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(document.body.innerHTML).not.toContain(NEW_SECRET));
  });

  it('makes a temporary key: parent, code sent, wrong code kept with the error, then created', async () => {
    let tries = 0;
    const calls = keysApi((c) => {
      if (c.path === '/v1/access-keys/send-otp') return { body: {} };
      if (c.path === '/v1/access-keys' && c.method === 'POST' && tries++ === 0)
        return scpError(400, 'INVALID_PASSCODE', 'passcode is wrong or expired.');
      return undefined;
    });
    renderScp(<AccessKeysPage />, 'access-keys');
    await userEvent.click(await screen.findByRole('button', { name: 'Create temporary key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create temporary key' });
    expect(await within(dialog).findByRole('option', { name: /OLDKEY/ })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send code' }));
    const code = await within(dialog).findByLabelText(/One-time code/);
    await userEvent.type(code, '123456');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create temporary key' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('passcode is wrong');
    expect(code).toHaveValue('123456');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create temporary key' }));
    expect(await screen.findByRole('dialog', { name: 'Store the secret key' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/v1/access-keys/send-otp')?.json).toMatchObject({ method: 'EMAIL' });
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/v1/access-keys').at(-1)?.json).toEqual({
      access_key_type: 'TEMPORARY',
      parent_access_key_id: 'k1',
      passcode: '123456',
      duration: 'PT1H',
    });
  });
});

describe('rotation wizard', () => {
  it('walks create → show once → confirm → disable → delete, with the step and new id in the URL', async () => {
    const calls = keysApi((c) => {
      if (c.path === '/v1/access-keys/k1' && c.method === 'PUT') return { body: { access_key: old } };
      if (c.path === '/v1/access-keys/k1' && c.method === 'DELETE') return { body: {} };
      return undefined;
    });
    const { router } = renderScp(<AccessKeysPage />, 'access-keys/rotate/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Create the new key' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Reveal' }));
    expect(screen.getByText(NEW_SECRET)).toBeInTheDocument();
    expect(router.state.location.search).toContain('step=show');
    expect(router.state.location.search).toContain('new=k2');
    expect(router.state.location.search).not.toContain(NEW_SECRET);
    expect(JSON.stringify(sessionStorage)).not.toContain(NEW_SECRET);
    await userEvent.click(screen.getByRole('checkbox', { name: /stored it/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    const cont = await screen.findByRole('button', { name: 'Continue' });
    expect(cont).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: /new key/ }));
    await userEvent.click(cont);
    await userEvent.click(await screen.findByRole('button', { name: 'Disable the old key' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete the old key' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Rotation finished/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.json).toEqual({ is_enabled: false });
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/v1/access-keys/k1')).toBe(true);
  });

  it('after a reload past "create" says the secret is gone instead of showing it', async () => {
    keysApi();
    renderScp(<AccessKeysPage />, 'access-keys/rotate/k1?step=show&new=k2');
    expect(await screen.findByText(/was shown once and is gone/)).toBeInTheDocument();
    expect(await screen.findByText('New key: NEWKEY')).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(NEW_SECRET);
  });
});
