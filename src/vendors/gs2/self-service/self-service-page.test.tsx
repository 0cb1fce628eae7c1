import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Gs2SelfServicePage } from './self-service-page';

type Reply = { status: number; body: unknown };
const TOKEN = 'a'.repeat(43);
const password = (mfa: 'Disable' | 'RFC6238', status?: 'Verifying' | 'Enable') => ({
  passwordId: 'grn:gs2::owner:identifier:user:kenji',
  userId: 'grn:gs2::owner:identifier:user:kenji',
  userName: 'kenji',
  enableTwoFactorAuthentication: mfa,
  ...(status ? { twoFactorAuthenticationSetting: { status } } : {}),
  createdAt: 1,
});

/** Answers each request in turn by "METHOD path", recording what the page sent. */
function mockServer(routes: Record<string, Reply[]>) {
  const sent: { key: string; body: unknown; csrf: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      const key = `${init.method ?? 'GET'} ${url}`;
      sent.push({
        key,
        body: JSON.parse(typeof init.body === 'string' ? init.body : 'null') as unknown,
        csrf: new Headers(init.headers).get('x-csrf-token'),
      });
      const reply = routes[key]?.shift() ?? { status: 500, body: { title: `unexpected ${key}` } };
      const type = reply.status < 400 ? 'application/json' : 'application/problem+json';
      return Promise.resolve(
        new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': type } }),
      );
    }),
  );
  return sent;
}

function renderPage(token = TOKEN) {
  const router = createMemoryRouter([{ path: '/self-service/gs2/:token', element: <Gs2SelfServicePage /> }], {
    initialEntries: [`/self-service/gs2/${token}`],
  });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const linkUrl = `/api/self-service/gs2/links/${TOKEN}`;
const link = (session: unknown = null) => ({
  status: 200,
  body: { userName: 'kenji', expiresAt: '2030-01-01T00:00:00.000Z', session },
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Gs2SelfServicePage', () => {
  it('says so when the link has expired, and offers no sign-in', async () => {
    mockServer({
      [`GET ${linkUrl}`]: [{ status: 410, body: { type: 'urn:tessera:problem:link-expired', title: 'x' } }],
    });
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('This link has expired');
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });

  it('asks for the code when GS2 wants one, keeps what was typed, then shows the user’s MFA state', async () => {
    const sent = mockServer({
      [`GET ${linkUrl}`]: [link(), link({ csrfToken: 'csrf-1', expiresAt: '2030-01-01T00:00:00.000Z' })],
      [`POST ${linkUrl}/session`]: [
        { status: 401, body: { type: 'urn:tessera:problem:otp-required', title: 'x' } },
        { status: 200, body: { csrfToken: 'csrf-1', expiresAt: '2030-01-01T00:00:00.000Z' } },
      ],
      ['GET /api/self-service/gs2/mfa']: [{ status: 200, body: { password: password('RFC6238', 'Enable') } }],
    });
    renderPage();
    const user = userEvent.setup();
    expect(await screen.findByLabelText(/^GS2 user name/)).toHaveValue('kenji');
    await user.type(screen.getByLabelText(/^Password/), 'secret-pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const otp = await screen.findByLabelText(/^Authenticator code/);
    expect(screen.getByLabelText(/^Password/)).toHaveValue('secret-pw');
    await user.type(otp, '123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('self-service-mfa-state')).toHaveTextContent('MFA is on');
    expect(screen.getByRole('button', { name: 'Remove MFA' })).toBeInTheDocument();
    expect(sent.filter((s) => s.key.startsWith('POST')).map((s) => s.body)).toEqual([
      { userName: 'kenji', password: 'secret-pw' },
      { userName: 'kenji', password: 'secret-pw', otp: '123456' },
    ]);
  });

  it('explains a refusal by the user’s own GS2 policies inside the enrolment flow', async () => {
    const sent = mockServer({
      [`GET ${linkUrl}`]: [link({ csrfToken: 'csrf-9', expiresAt: '2030-01-01T00:00:00.000Z' })],
      ['GET /api/self-service/gs2/mfa']: [{ status: 200, body: { password: password('Disable') } }],
      ['POST /api/self-service/gs2/mfa']: [
        { status: 403, body: { type: 'urn:tessera:problem:gs2-denied', title: 'x' } },
      ],
    });
    renderPage();
    const user = userEvent.setup();
    expect(await screen.findByTestId('self-service-mfa-state')).toHaveTextContent('MFA is off');
    await user.click(screen.getByRole('button', { name: 'Begin set-up' }));
    expect(await screen.findByText(/do not allow you to change your own MFA/)).toBeInTheDocument();
    expect(sent.find((s) => s.key === 'POST /api/self-service/gs2/mfa')?.csrf).toBe('csrf-9');
  });
});
