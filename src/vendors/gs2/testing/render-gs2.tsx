import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ConnectionContext, type CurrentConnection } from '@/lib/connection-context';
import { Toaster } from '@/components/toast';

export type Gs2Call = { method: string; path: string; query: URLSearchParams; body: unknown };
type Handler = (call: Gs2Call) => { status?: number; body: unknown } | undefined;

export const CONNECTION: CurrentConnection = { id: 'c1', vendor: 'gs2', name: 'Demo GS2', settings: {} };

/** A GS2 error body: the message is a JSON string holding the list of request errors. */
export const gs2Error = (component: string, message: string) => ({
  message: JSON.stringify([{ component, message }]),
});

/** Answers calls to `/api/proxy/c1/...` with the handler; every call is recorded for assertions. */
export function fakeGs2(handler: Handler): Gs2Call[] {
  const calls: Gs2Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL | Request, init: RequestInit = {}) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://x',
      );
      const prefix = `/api/proxy/${CONNECTION.id}`;
      const call: Gs2Call = {
        method: init.method ?? 'GET',
        path: decodeURIComponent(url.pathname.slice(prefix.length)),
        query: url.searchParams,
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      calls.push(call);
      const reply = handler(call) ?? { status: 404, body: gs2Error('test', 'test.route.error.notFound') };
      return Promise.resolve(
        new Response(JSON.stringify(reply.body), {
          status: reply.status ?? 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  return calls;
}

/** Renders a GS2 page at a URL below the connection, the way the connection shell does. */
export function renderGs2(ui: ReactNode, path: string) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/c/:connectionId/*',
        element: (
          <ConnectionContext.Provider value={CONNECTION}>
            {ui}
            <Toaster />
          </ConnectionContext.Provider>
        ),
      },
    ],
    { initialEntries: [`/c/${CONNECTION.id}/${path}`] },
  );
  return {
    qc,
    router,
    ...render(
      <QueryClientProvider client={qc}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}

export const user = (name: string, over: Record<string, unknown> = {}) => ({
  userId: `grn:gs2::owner:identifier:user:${name}`,
  name,
  description: null,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  revision: 0,
  ...over,
});
