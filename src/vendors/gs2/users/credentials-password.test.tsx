import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import { totpCode } from '@/lib/otp/totp';
import UsersPage from '../pages/users-page';
import { fakeGs2, gs2Error, renderGs2, user } from '../testing/render-gs2';

beforeAll(installDialogPolyfill);

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const identifier = (clientId: string) => ({ clientId, userName: 'mina', createdAt: 1, revision: 0 });
const password = (mfa?: 'Verifying' | 'Enable') => ({
  passwordId: 'grn:gs2::o:identifier:user:mina',
  userId: 'grn:gs2::o:identifier:user:mina',
  userName: 'mina',
  createdAt: 1,
  enableTwoFactorAuthentication: mfa ? 'RFC6238' : 'Disable',
  ...(mfa ? { twoFactorAuthenticationSetting: { status: mfa } } : {}),
});

describe('credentials tab', () => {
  it('shows a new client secret once, keeps it out of the query cache, and drops it on acknowledge', async () => {
    const ids = [identifier('existing-id')];
    fakeGs2(({ method, path }) => {
      if (path === '/user/mina') return { body: { item: user('mina') } };
      if (method === 'GET' && path === '/user/mina/identifier')
        return { body: { items: ids, nextPageToken: null } };
      if (method === 'POST' && path === '/user/mina/identifier') {
        ids.push(identifier('new-id'));
        return { body: { item: identifier('new-id'), clientSecret: 'top-secret-value' } };
      }
      return undefined;
    });
    const { qc } = renderGs2(<UsersPage />, 'users/mina/credentials');
    expect(await screen.findByText('existing-id')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create credential' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/new-id/)).toBeInTheDocument();
    const everything = JSON.stringify([
      qc
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
      qc
        .getMutationCache()
        .getAll()
        .map((m) => m.state.data),
    ]);
    expect(everything).not.toContain('top-secret-value');
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await userEvent.click(within(dialog).getByRole('button', { name: /done/i }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.body.innerHTML).not.toContain('top-secret-value');
    expect(await screen.findByText('new-id')).toBeInTheDocument();
  });
});

describe('password and MFA tab', () => {
  it('enrols MFA from the challenge token with a computed code, and shows the enabled state', async () => {
    let state: 'none' | 'Disable' | 'Verifying' | 'Enable' = 'Disable';
    const calls = fakeGs2(({ method, path, body }) => {
      if (path === '/user/mina') return { body: { item: user('mina') } };
      if (method === 'GET' && path === '/user/mina/password/entity')
        return state === 'none'
          ? { status: 404, body: gs2Error('password', 'identifier.password.password.error.notFound') }
          : { body: { item: password(state === 'Disable' ? undefined : state) } };
      if (method === 'POST' && path === '/user/mina/mfa') {
        state = 'Verifying';
        return { body: { item: password('Verifying'), challengeToken: SECRET } };
      }
      if (method === 'POST' && path === '/user/mina/mfa/challenge') {
        if ((body as { passcode: string }).passcode === '000000')
          return { status: 400, body: gs2Error('password', 'identifier.password.passcode.error.invalid') };
        state = 'Enable';
        return { body: { item: password('Enable') } };
      }
      return undefined;
    });
    renderGs2(<UsersPage />, 'users/mina/password');
    expect(await screen.findByTestId('gs2-password-state')).toHaveTextContent('Password, no MFA');
    await userEvent.click(screen.getByRole('button', { name: /begin|start|set up/i }));
    // The secret is shown as text beside the QR code, so it can be typed into an authenticator.
    expect(await screen.findByText(/^JBSW Y3DP/)).toHaveAttribute('data-secret', SECRET);
    const code = totpCode(SECRET);
    await userEvent.type(screen.getByLabelText(/Code from the app/), code);
    await userEvent.click(screen.getByRole('button', { name: /confirm|verify/i }));
    await waitFor(() => expect(screen.getByTestId('gs2-password-state')).toHaveTextContent('MFA enabled'));
    expect(calls.find((c) => c.path === '/user/mina/mfa/challenge')?.body).toEqual({ passcode: code });
  });

  it('offers resume, restart and cancel while an enrolment is left verifying', async () => {
    fakeGs2(({ method, path }) => {
      if (path === '/user/mina') return { body: { item: user('mina') } };
      if (method === 'GET' && path === '/user/mina/password/entity')
        return { body: { item: password('Verifying') } };
      if (method === 'POST' && path === '/user/mina/mfa/challenge')
        return { status: 400, body: gs2Error('password', 'identifier.password.passcode.error.invalid') };
      return undefined;
    });
    renderGs2(<UsersPage />, 'users/mina/password');
    expect(await screen.findByTestId('gs2-password-state')).toHaveTextContent('verifying');
    expect(screen.getByRole('heading', { name: 'Finish the enrolment' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel enrolment' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/6-digit code/), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findAllByText(/passcode/)).not.toHaveLength(0);
  });
});
