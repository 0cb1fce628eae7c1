import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import { ConnectionForm } from './connection-form';
import { ConnectionsPage } from './connections-page';
import type { Connection } from './api';

beforeAll(installDialogPolyfill);

type Call = { url: string; method: string; body: unknown };

/** A fake server for /api/connections and /api/session; every call is recorded. */
function fakeApi(
  role: 'admin' | 'viewer',
  connections: Connection[],
  onWrite?: (call: Call) => Response | undefined,
) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const call = {
        url,
        method,
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      calls.push(call);
      const json = (status: number, body: unknown) =>
        Promise.resolve(
          new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
        );
      if (url === '/api/session') return json(200, { operator: { id: 'me', role } });
      if (method === 'GET' && url === '/api/connections') return json(200, { items: connections });
      const custom = onWrite?.(call);
      if (custom) return Promise.resolve(custom);
      if (method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
      return json(200, connections[0]);
    }),
  );
  return calls;
}

function renderAt(ui: ReactNode) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: ['/connections'] });
  return render(
    <QueryClientProvider client={qc}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const scp: Connection = {
  id: 'c1',
  vendor: 'scp',
  name: 'SCP prod',
  baseUrl: 'https://iam.s.samsungsdscloud.com',
  settings: {
    environment: 's',
    accessKey: 'AK1',
    apiVersion: '1.2',
    clientType: 'Openapi',
    secretKey: 'set',
  },
  demo: false,
  createdAt: '',
  updatedAt: '',
  revision: 1,
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('connection form', () => {
  it('builds the fields from the vendor manifest and creates a connection', async () => {
    const user = userEvent.setup();
    const calls = fakeApi('admin', []);
    renderAt(<ConnectionForm />);
    await user.selectOptions(screen.getByLabelText(/Vendor/), 'nhn-role');
    expect(screen.getByLabelText(/Base URL/)).toHaveValue('https://role.api.nhncloudservice.com');
    await user.type(screen.getByLabelText(/^Name/), 'ROLE');
    await user.type(screen.getByLabelText(/AppKey/), 'app1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText('Enter the secret key')).length).toBeGreaterThan(0);
    await user.type(screen.getByLabelText(/Secret key/, { selector: 'input' }), 'sk-1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/connections',
      body: {
        vendor: 'nhn-role',
        name: 'ROLE',
        baseUrl: 'https://role.api.nhncloudservice.com',
        settings: { appKey: 'app1', secretKey: 'sk-1' },
      },
    });
  });

  it('never prefills a stored secret, keeps it unless replaced, and puts server errors on fields', async () => {
    const user = userEvent.setup();
    const calls = fakeApi('admin', [scp], (call) =>
      call.method === 'PATCH' &&
      (call.body as { settings: Record<string, string> }).settings.accessKey === 'bad'
        ? new Response(
            JSON.stringify({
              type: 'urn:tessera:problem:invalid-body',
              title: 'Invalid',
              errors: [{ field: 'settings.accessKey', message: 'Access key refused' }],
            }),
            { status: 400, headers: { 'content-type': 'application/problem+json' } },
          )
        : undefined,
    );
    renderAt(<ConnectionForm existing={scp} />);
    expect(screen.getByText('Set (hidden)')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('set')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(
      (calls.find((c) => c.method === 'PATCH')?.body as { settings: object }).settings,
    ).not.toHaveProperty('secretKey');

    await user.click(screen.getByRole('button', { name: 'Replace: Secret key' }));
    const secret = screen.getByLabelText(/Secret key/, { selector: 'input' });
    expect(secret).toHaveValue('');
    await user.type(secret, 'new-secret');
    const access = screen.getByLabelText(/Access key/, { selector: 'input' });
    await user.clear(access);
    await user.type(access, 'bad');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText('Access key refused')).length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/Access key/, { selector: 'input' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    const last = calls.filter((c) => c.method === 'PATCH').at(-1);
    expect((last?.body as { settings: Record<string, string> }).settings.secretKey).toBe('new-secret');
  });
});

describe('connections page', () => {
  it('admins delete after typing the name', async () => {
    const user = userEvent.setup();
    const calls = fakeApi('admin', [scp]);
    renderAt(<ConnectionsPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete: SCP prod' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), 'SCP prod');
    await user.click(confirm);
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/connections/c1')).toBe(true),
    );
  });

  it('viewers see the list without write or test actions, and an empty state', async () => {
    fakeApi('viewer', [scp]);
    const { unmount } = renderAt(<ConnectionsPage />);
    expect(await screen.findByText('SCP prod')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument());
    expect(screen.queryByRole('link', { name: 'New connection' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Test connection/ })).not.toBeInTheDocument();
    unmount();
    fakeApi('viewer', []);
    renderAt(<ConnectionsPage />);
    expect(await screen.findByText('No connections yet.')).toBeInTheDocument();
  });
});
