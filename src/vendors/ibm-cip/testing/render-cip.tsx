import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ConnectionContext, type CurrentConnection } from '@/lib/connection-context';
import { Toaster } from '@/components/toast';

/** One recorded call; `form` holds a form body, `json` a JSON one. */
export type CipCall = {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams | undefined;
  json: unknown;
};
type Handler = (call: CipCall) => { status?: number; body: unknown } | undefined;

export const CONNECTION: CurrentConnection = { id: 'c1', vendor: 'ibm-cip', name: 'Demo CIP', settings: {} };

export const ok = { body: { status: 'success' } };

/** A classic error body (Chapter 5). */
export const cipError = (status: number, message: string, developerMessage: string) => ({
  status,
  body: { status, code: status, message, developerMessage },
});

/** Answers calls to `/api/proxy/c1/GmaApi/...` with the handler; every call is recorded (path without the prefix). */
export function fakeCip(handler: Handler): CipCall[] {
  const calls: CipCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL | Request, init: RequestInit = {}) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://x',
      );
      const prefix = `/api/proxy/${CONNECTION.id}/GmaApi`;
      const call: CipCall = {
        method: init.method ?? 'GET',
        path: decodeURIComponent(url.pathname.slice(prefix.length)),
        query: url.searchParams,
        form: init.body instanceof URLSearchParams ? init.body : undefined,
        json: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      calls.push(call);
      const reply = handler(call) ?? cipError(404, 'NotFound', 'test: no such route');
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

/** Renders an IBM CIP page at a URL below the connection, the way the connection shell does. */
export function renderCip(ui: ReactNode, path: string) {
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

export const gonzalez = {
  uid: 'ggonzalez',
  gtwayUUID: '68567181-2cf1-4b2b-bc10-6d6f05afb8e7',
  cn: 'Gordita Guanabana Gonzalez',
  givenName: 'Gordita',
  sn: 'Gonzalez',
  mail: 'gordita@gmail.com',
  gtwayUserType: 'usertype_default',
  gtwayIsManager: 'FALSE',
  gma_isAccount: 'true',
};
