import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import AccessKeysPage from '../pages/access-keys-page';
import { fakeNhn, ok, renderNhn, type NhnCall } from '../testing/render-nhn';

beforeAll(installDialogPolyfill);
afterEach(() => vi.unstubAllGlobals());

const key = (id: string, over: Record<string, unknown> = {}) => ({
  authId: `auth-${id}`,
  userAccessKeyID: id,
  secretAccessKey: '****',
  authStatus: 'STABLE',
  uuid: 'u1',
  tokenExpiryPeriod: 86400,
  regDatetime: '2026-03-02T09:00:00.000Z',
  lastUsedDatetime: null,
  validTokenCount: 1,
  ...over,
});

function keysApi(keys: unknown[], extra?: (c: NhnCall) => { body: unknown } | undefined) {
  return fakeNhn((call) => {
    const own = extra?.(call);
    if (own) return own;
    if (call.method === 'GET' && call.path === '/v1/authentications/user-access-keys')
      return { body: ok({ authentications: keys }) };
    return undefined;
  });
}

describe('user access keys', () => {
  it('registers a key and shows its secret once, keeping it out of every cache', async () => {
    const calls = keysApi([key('OTHERKEY')], ({ method, path }) =>
      method === 'POST' && path === '/v1/authentications/user-access-keys'
        ? {
            body: ok({
              authentication: {
                authId: 'a9',
                userAccessKeyID: 'NEWKEY',
                secretAccessKey: 'PLAINSECRET123',
                tokenExpiryPeriod: 3600,
              },
            }),
          }
        : undefined,
    );
    const { qc } = renderNhn(<AccessKeysPage />, 'access-keys');
    await userEvent.click(await screen.findByRole('button', { name: 'Register access key' }));
    const form = await screen.findByRole('dialog', { name: 'Register access key' });
    const lifetime = within(form).getByLabelText(/Token lifetime/);
    await userEvent.clear(lifetime);
    await userEvent.type(lifetime, '30');
    expect(await within(form).findAllByText(/from 60 to 86,400/)).not.toHaveLength(0);
    await userEvent.clear(lifetime);
    await userEvent.type(lifetime, '3600');
    await userEvent.click(within(form).getByRole('button', { name: 'Register access key' }));
    const shown = await screen.findByRole('dialog', { name: 'Store the secret access key' });
    expect(within(shown).getByText(/NEWKEY/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ tokenExpiryPeriod: 3600 });
    const cached = JSON.stringify([
      qc
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
      qc
        .getMutationCache()
        .getAll()
        .map((m) => m.state.data),
    ]);
    expect(cached).not.toContain('PLAINSECRET123');
  });

  it("warns and asks for the key ID before disabling the connection's own key", async () => {
    const calls = keysApi([key('OWNKEY'), key('OTHERKEY')], ({ method, path }) =>
      method === 'PUT' && path === '/v1/authentications/user-access-keys/OWNKEY' ? { body: ok() } : undefined,
    );
    renderNhn(<AccessKeysPage />, 'access-keys');
    const ownRow = (await screen.findByText('Used by this connection')).closest('tr');
    if (!ownRow) throw new Error('no row');
    await userEvent.click(within(ownRow).getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable OWNKEY?' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/this connection signs in with/);
    const confirm = within(dialog).getByRole('button', { name: 'Disable' });
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByRole('textbox'), 'OWNKEY');
    await userEvent.click(confirm);
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ status: 'STOP' });
  });

  it('reissues a secret with the token choice and shows the new secret once', async () => {
    const calls = keysApi([key('OTHERKEY')], ({ method, path }) =>
      method === 'PUT' && path.endsWith('/OTHERKEY/secretkey-reissue')
        ? { body: ok({ authentication: { secretAccessKey: 'REISSUED456' } }) }
        : undefined,
    );
    renderNhn(<AccessKeysPage />, 'access-keys');
    await userEvent.click(await screen.findByRole('button', { name: 'Reissue secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reissue the secret of OTHERKEY?' });
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /expire the tokens/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reissue secret' }));
    expect(await screen.findByRole('dialog', { name: 'Store the secret access key' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ needExpireTokens: true });
  });

  it('blocks registering a sixth key and leaves blocked keys read-only', async () => {
    keysApi([key('K1'), key('K2'), key('K3'), key('K4'), key('K5', { authStatus: 'BLOCKED' })]);
    renderNhn(<AccessKeysPage />, 'access-keys');
    expect(await screen.findByText('Blocked by NHN Cloud')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Register access key' })).toBeDisabled();
    expect(screen.getByText(/at most five/)).toBeInTheDocument();
  });
});
