import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request, requestJson } from '@/lib/http/request';

/** A connection as the server shows it; secret fields read `"set"`, never their value. */
export const ConnectionSchema = z.object({
  id: z.string(),
  vendor: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  settings: z.record(z.string(), z.string()),
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number(),
});
export type Connection = z.infer<typeof ConnectionSchema>;

export const TestResultSchema = z.object({
  ok: z.boolean(),
  stage: z.enum(['login', 'network', 'request', 'done']),
  message: z.string(),
  vendorStatus: z.number().optional(),
  durationMs: z.number(),
});
export type TestResult = z.infer<typeof TestResultSchema>;

export const connectionKeys = {
  all: ['connections'] as const,
  list: () => [...connectionKeys.all, 'list'] as const,
  detail: (id: string) => [...connectionKeys.all, 'detail', id] as const,
};

export const connectionsQuery = () =>
  queryOptions({
    queryKey: connectionKeys.list(),
    queryFn: ({ signal }) =>
      requestJson('/api/connections', z.object({ items: z.array(ConnectionSchema) }), { signal }),
    select: (d) => d.items,
    staleTime: 30_000,
  });

const url = (id: string, rest = '') => `/api/connections/${encodeURIComponent(id)}${rest}`;

export const connectionQuery = (id: string) =>
  queryOptions({
    queryKey: connectionKeys.detail(id),
    queryFn: ({ signal }) => requestJson(url(id), ConnectionSchema, { signal }),
  });

export type ConnectionInput = {
  vendor: string;
  name: string;
  baseUrl: string;
  settings: Record<string, string>;
};

export const createConnection = (input: ConnectionInput) =>
  requestJson('/api/connections', ConnectionSchema, { method: 'POST', json: input });
export const updateConnection = (id: string, patch: Omit<ConnectionInput, 'vendor'>) =>
  requestJson(url(id), ConnectionSchema, { method: 'PATCH', json: patch });
export const deleteConnection = (id: string) => request(url(id), { method: 'DELETE' });
export const testConnection = (id: string) =>
  requestJson(url(id, '/test'), TestResultSchema, { method: 'POST' });

/** The signed-in operator's role, to hide what the server would refuse anyway. */
export function useOwnRole(): 'admin' | 'operator' | 'viewer' | undefined {
  return useQuery({
    queryKey: ['session', 'role'],
    queryFn: ({ signal }) =>
      requestJson(
        '/api/session',
        z.object({ operator: z.object({ role: z.enum(['admin', 'operator', 'viewer']) }) }),
        {
          signal,
        },
      ),
    select: (d) => d.operator.role,
    staleTime: 60_000,
  }).data;
}
