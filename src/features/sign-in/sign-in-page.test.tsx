import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SignInPage } from './sign-in-page';

type Reply = { status: number; body: unknown };

/** Answers each request in turn, recording what was sent: the network is mocked, not our modules. */
function mockServer(replies: Reply[]) {
  const sent: { url: string; body: unknown; csrf: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      sent.push({
        url,
        body: JSON.parse(typeof init.body === 'string' ? init.body : 'null') as unknown,
        csrf: headers.get('x-csrf-token'),
      });
      const reply = replies.shift() ?? { status: 500, body: {} };
      const type = reply.status < 400 ? 'application/json' : 'application/problem+json';
      return Promise.resolve(
        new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': type } }),
      );
    }),
  );
  return sent;
}

function renderAt(url: string) {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '*', element: <p>landed</p> },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const session = { csrfToken: 'csrf-2', mustChangePassword: false, mustEnrolMfa: false };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SignInPage', () => {
  it('shows the server’s generic error and clears the password', async () => {
    mockServer([
      {
        status: 401,
        body: {
          type: 'urn:tessera:problem:bad-credentials',
          title: 'Sign-in failed',
          status: 401,
          detail: 'Incorrect username or password.',
        },
      },
    ]);
    const user = userEvent.setup();
    renderAt('/sign-in');
    await user.type(screen.getByLabelText(/^Username/), 'alice');
    await user.type(screen.getByLabelText(/^Password/), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
  });

  it('asks for the TOTP code, sends the pending CSRF token, and goes to a safe next', async () => {
    const sent = mockServer([
      { status: 200, body: { status: 'mfa-required', csrfToken: 'csrf-1' } },
      { status: 200, body: { status: 'signed-in', session } },
    ]);
    const user = userEvent.setup();
    const router = renderAt('/sign-in?next=%2Faudit%3Fresult%3Dfailure');
    await user.type(screen.getByLabelText(/^Username/), 'alice');
    await user.type(screen.getByLabelText(/^Password/), 'right');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.type(await screen.findByLabelText(/^Authentication code/), '12345');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Enter the 6 digits from your app.')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    await user.type(screen.getByLabelText(/^Authentication code/), '6');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('landed')).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/audit?result=failure');
    expect(sent[1]).toEqual({ url: '/api/session/mfa', body: { code: '123456' }, csrf: 'csrf-1' });
  });

  it('sends a forced password change first, and ignores an off-site next', async () => {
    mockServer([
      { status: 200, body: { status: 'signed-in', session: { ...session, mustChangePassword: true } } },
    ]);
    const user = userEvent.setup();
    const router = renderAt('/sign-in?next=https%3A%2F%2Fevil.example%2F');
    await user.type(screen.getByLabelText(/^Username/), 'admin');
    await user.type(screen.getByLabelText(/^Password/), 'one-time');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('landed');
    expect(router.state.location.pathname + router.state.location.search).toBe('/change-password?next=%2F');
  });
});
