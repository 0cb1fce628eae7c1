import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ConnectionContext, type CurrentConnection } from '@/lib/connection-context';
import { Toaster } from '@/components/toast';

export type NhnCall = { method: string; path: string; query: URLSearchParams; body: unknown };
type Handler = (call: NhnCall) => { status?: number; body: unknown } | undefined;

export const CONNECTION: CurrentConnection = {
  id: 'c1',
  vendor: 'nhn-framework',
  name: 'Demo NHN',
  settings: { orgId: 'ORG1', userAccessKeyId: 'OWNKEY' },
};

export const ok = (fields: Record<string, unknown> = {}) => ({
  header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
  ...fields,
});

/** A failure as NHN sends it: in the header, with HTTP 200 unless told otherwise. */
export const failure = (resultCode: number, resultMessage: string) => ({
  header: { isSuccessful: false, resultCode, resultMessage },
});

/** Answers calls to `/api/proxy/c1/...`; every call is recorded for assertions. */
export function fakeNhn(handler: Handler): NhnCall[] {
  const calls: NhnCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL | Request, init: RequestInit = {}) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://x',
      );
      const prefix = `/api/proxy/${CONNECTION.id}`;
      const call: NhnCall = {
        method: init.method ?? 'GET',
        path: decodeURIComponent(url.pathname.slice(prefix.length)),
        query: url.searchParams,
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      calls.push(call);
      const reply = handler(call) ?? { body: failure(60003, 'No data.') };
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

/** Renders an NHN page at a URL below the connection, the way the connection shell does. */
export function renderNhn(ui: ReactNode, path: string) {
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

const DATE = '2026-03-02T09:00:00.000+00:00';

export const project = (projectId: string, projectName: string) => ({
  orgId: 'ORG1',
  projectId,
  projectName,
  projectStatusCode: 'STABLE',
  regDateTime: DATE,
});

export const projectMember = (uuid: string, memberName: string) => ({
  uuid,
  memberName,
  maskingEmail: `${memberName.slice(0, 2)}***@example.com`,
  memberTypeCode: 'TOAST_CLOUD',
  relationDateTime: DATE,
  statusCode: 'COMPLETE',
});

export const orgMember = (uuid: string, memberName: string, over: Record<string, unknown> = {}) => ({
  email: `${memberName}@example.com`,
  joinYmdt: DATE,
  maskingEmail: `${memberName.slice(0, 2)}***@example.com`,
  memberName,
  memberTypeCode: 'TOAST_CLOUD',
  memberUuid: uuid,
  inviteStatusCode: 'COMPLETE',
  recentLoginYmdt: null,
  secondFactorCertificationYn: 'Y',
  ...over,
});

export const paging = (totalCount: number, page = 1, limit = 25) => ({ page, limit, totalCount });
