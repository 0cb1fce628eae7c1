import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { requestJson } from '@/lib/http/request';

export const AUDIT_FILTER_KEYS = ['operator', 'action', 'connection', 'result', 'from', 'to'] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export type AuditFilters = Partial<Record<AuditFilterKey, string | undefined>>;
export const PAGE_SIZE = 50;

const EntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  operatorId: z.string().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  connectionId: z.string().nullable(),
  result: z.string(),
  status: z.number().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  durationMs: z.number().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof EntrySchema>;

const PageSchema = z.object({
  items: z.array(EntrySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const auditKeys = {
  all: ['audit'] as const,
  page: (f: AuditFilters, page: number) => [...auditKeys.all, 'page', f, page] as const,
  actions: () => [...auditKeys.all, 'actions'] as const,
};

/** Only the filters that are set, in a stable order: the query string of the API and of the page. */
export function filterParams(f: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of AUDIT_FILTER_KEYS) {
    const v = f[k];
    if (v) params.set(k, v);
  }
  return params;
}

export const auditPageQuery = (f: AuditFilters, page: number) =>
  queryOptions({
    queryKey: auditKeys.page(f, page),
    queryFn: ({ signal }) => {
      const params = filterParams(f);
      params.set('page', String(page));
      params.set('pageSize', String(PAGE_SIZE));
      return requestJson('/api/audit', PageSchema, { signal, query: params });
    },
    placeholderData: keepPreviousData,
  });

export const auditActionsQuery = () =>
  queryOptions({
    queryKey: auditKeys.actions(),
    queryFn: ({ signal }) =>
      requestJson('/api/audit/actions', z.object({ actions: z.array(z.string()) }), { signal }),
    select: (d) => d.actions,
  });

export const exportHref = (f: AuditFilters) => {
  const qs = filterParams(f).toString();
  return qs ? `/api/audit/export?${qs}` : '/api/audit/export';
};
