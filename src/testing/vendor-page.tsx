import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ConnectionContext, type CurrentConnection } from '@/lib/connection-context';
import { Toaster } from '@/components/toast';

/** One call a vendor page made through the proxy; `json`/`body` hold a JSON body, `form` a form body. */
export type ProxyCall = {
  method: string;
  /** The vendor path, without `/api/proxy/<connectionId>` and the given prefix, percent-decoded. */
  path: string;
  query: URLSearchParams;
  json: unknown;
  /** Same as `json`, for vendors whose bodies are always JSON. */
  body: unknown;
  form: URLSearchParams | undefined;
};
export type ProxyReply = { status?: number; body: unknown };

/**
 * Stands in for Tessera's proxy in component tests of vendor pages: answers `/api/proxy/<id>/<prefix>…`
 * calls with `handler` (or `fallback` when it returns nothing) and records every call for assertions.
 */
export function fakeProxy(opts: {
  connectionId: string;
  pathPrefix?: string;
  handler: (call: ProxyCall) => ProxyReply | undefined;
  fallback: () => ProxyReply;
}): ProxyCall[] {
  const calls: ProxyCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL | Request, init: RequestInit = {}) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://x',
      );
      const prefix = `/api/proxy/${opts.connectionId}${opts.pathPrefix ?? ''}`;
      const json = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      const call: ProxyCall = {
        method: init.method ?? 'GET',
        path: decodeURIComponent(url.pathname.slice(prefix.length)),
        query: url.searchParams,
        json,
        body: json,
        form: init.body instanceof URLSearchParams ? init.body : undefined,
      };
      calls.push(call);
      const reply = opts.handler(call) ?? opts.fallback();
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

/** Renders a vendor page at a URL below the connection, with the providers the connection shell gives it. */
export function renderConnectionPage(ui: ReactNode, path: string, connection: CurrentConnection) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/c/:connectionId/*',
        element: (
          <ConnectionContext.Provider value={connection}>
            {ui}
            <Toaster />
          </ConnectionContext.Provider>
        ),
      },
    ],
    { initialEntries: [`/c/${connection.id}/${path}`] },
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
