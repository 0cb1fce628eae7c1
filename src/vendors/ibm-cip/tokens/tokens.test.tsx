import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import TokensPage from '../pages/tokens-page';
import { fakeCip, gonzalez, ok, renderCip, type CipCall } from '../testing/render-cip';

beforeAll(installDialogPolyfill);
afterEach(() => vi.unstubAllGlobals());

const TYPES = ['passwordResetToken', 'federationContextToken', 'oneTimePasscodeToken'];
const VALUE = '7f3223df-0fbf-4f95-b4df-0093d1963472';

function tokens(extra: (call: CipCall) => { status?: number; body: unknown } | undefined = () => undefined) {
  return fakeCip((call) => {
    const hit = extra(call);
    if (hit) return hit;
    const { method, path, query } = call;
    if (path === '/verificationToken/tokenTypes')
      return { body: { status: 'success', totalCount: TYPES.length, entries: TYPES } };
    if (method === 'GET' && path === '/verificationToken/tokenConfig')
      return {
        body: {
          status: 'success',
          entry:
            query.get('type') === 'oneTimePasscodeToken'
              ? { expiry: '600', tokenLength: '6' }
              : { expiry: '1800' },
        },
      };
    if (path === '/users')
      return {
        body: {
          status: 'success',
          total_count: 1,
          entries: [gonzalez].filter((u) => u.uid === query.get('uid')),
        },
      };
    return undefined;
  });
}

describe('verification tokens', () => {
  it('sends every configuration value at once and refuses a passcode length the API refuses', async () => {
    const user = userEvent.setup();
    const calls = tokens(({ method }) => (method === 'POST' ? ok : undefined));
    renderCip(<TokensPage />, 'tokens/oneTimePasscodeToken');
    const form = await screen.findByRole('form', { name: 'Configuration of oneTimePasscodeToken' });
    const length = await within(form).findByLabelText(/^Passcode length/);
    expect(length).toHaveValue('6');
    await user.clear(length);
    await user.type(length, '20');
    await user.click(within(form).getByRole('button', { name: 'Save configuration' }));
    expect(await within(form).findAllByText('Enter a length from 1 to 19.')).not.toHaveLength(0);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.clear(length);
    await user.type(length, '8');
    await user.click(within(form).getByRole('button', { name: 'Save configuration' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/verificationToken/tokenConfig/oneTimePasscodeToken');
    expect(post?.query.get('token.expirytime')).toBe('600');
    expect(post?.query.get('token.tokenlength')).toBe('8');
  });

  it('shows an issued token once, keeps it out of the query cache, and needs a session for federation', async () => {
    const user = userEvent.setup();
    const calls = tokens(({ method, path }) =>
      method === 'POST' && path.startsWith('/verificationToken/token/')
        ? {
            body: {
              status: 'success',
              entry: {
                type: 'federationContextToken',
                value: VALUE,
                gtwayUuid: gonzalez.gtwayUUID,
                expiry: 30,
                extensionData: '{}',
              },
            },
          }
        : undefined,
    );
    const { qc } = renderCip(<TokensPage />, 'tokens');
    const form = await screen.findByRole('form', { name: 'Issue a token for a user' });
    await user.selectOptions(within(form).getByLabelText('Token type'), 'federationContextToken');
    await user.type(within(form).getByLabelText(/^User name/), 'ggonzalez');
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));
    expect(await within(form).findAllByText('Enter the user session ID.')).not.toHaveLength(0);
    await user.type(within(form).getByLabelText(/^User session ID/), 's-42');
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New federationContextToken' });
    expect(within(dialog).getByText(/For ggonzalez\. It expires in 30 seconds/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.query.get('gtwayUuid')).toBe(gonzalez.gtwayUUID);
    expect(JSON.parse(post?.query.get('extensionData') ?? '{}')).toEqual({ user_session_id: 's-42' });
    expect(
      JSON.stringify(
        qc
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain(VALUE);
    expect(
      JSON.stringify(
        qc
          .getMutationCache()
          .getAll()
          .map((m) => m.state.data),
      ),
    ).not.toContain(VALUE);
  });

  it("starts the issue form with the user and type a password tab's link names", async () => {
    tokens();
    renderCip(<TokensPage />, 'tokens/passwordResetToken?user=ggonzalez');
    const form = await screen.findByRole('form', { name: 'Issue a token for a user' });
    expect(within(form).getByLabelText(/^User name/)).toHaveValue('ggonzalez');
    expect(within(form).getByLabelText('Token type')).toHaveValue('passwordResetToken');
  });

  it('revokes a token by value after a confirmation', async () => {
    const user = userEvent.setup();
    const calls = tokens(({ method }) => (method === 'DELETE' ? ok : undefined));
    renderCip(<TokensPage />, 'tokens');
    const form = await screen.findByRole('form', { name: 'Revoke a token' });
    await user.type(within(form).getByLabelText('Token value'), VALUE);
    await user.click(within(form).getByRole('button', { name: 'Revoke token' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe(`/verificationToken/token/${VALUE}`);
    await waitFor(() => expect(within(form).getByLabelText('Token value')).toHaveValue(''));
  });
});
