import type { Kysely, SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import type { StoreSchema } from '../store/schema';

const isoInstant = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Use an ISO 8601 date and time.')
  .transform((v) => new Date(v).toISOString());

/** The audit page's filters; the same ones drive the list and the CSV export. */
export const AuditFilter = z.object({
  operator: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  connection: z.string().trim().max(36).optional(),
  result: z.enum(['success', 'failure', 'denied']).optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
});
export type AuditFilter = z.output<typeof AuditFilter>;

export const AuditPage = AuditFilter.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export type AuditEntry = {
  id: string;
  at: string;
  operatorId: string | null;
  username: string | null;
  action: string;
  target: string | null;
  connectionId: string | null;
  result: string;
  status: number | null;
  ip: string | null;
  requestId: string | null;
  durationMs: number | null;
  detail: Record<string, unknown> | null;
};

type Db = Kysely<StoreSchema>;
type AuditSelect = SelectQueryBuilder<StoreSchema, 'audit_log', object>;

function applyFilter(q: AuditSelect, f: AuditFilter): AuditSelect {
  let out = q;
  if (f.operator) out = out.where('username', '=', f.operator.toLowerCase());
  if (f.action)
    out = f.action.endsWith('.*')
      ? out.where('action', 'like', `${f.action.slice(0, -1).replace(/[%_\\]/g, '')}%`)
      : out.where('action', '=', f.action);
  if (f.connection) out = out.where('connection_id', '=', f.connection);
  if (f.result) out = out.where('result', '=', f.result);
  if (f.from) out = out.where('at', '>=', f.from);
  if (f.to) out = out.where('at', '<', f.to);
  return out;
}

function parseDetail(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function toEntry(row: StoreSchema['audit_log']): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    operatorId: row.operator_id,
    username: row.username,
    action: row.action,
    target: row.target,
    connectionId: row.connection_id,
    result: row.result,
    status: row.status,
    ip: row.ip,
    requestId: row.request_id,
    durationMs: row.duration_ms,
    detail: parseDetail(row.detail),
  };
}

/** One page of entries, newest first, and the total count for the pager. */
export async function queryAudit(
  db: Db,
  f: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ items: AuditEntry[]; total: number }> {
  const base = applyFilter(db.selectFrom('audit_log'), f);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toEntry), total: Number(count.n) };
}

/** Streams every matching entry in batches (newest first), for the CSV export. */
export async function* iterateAudit(
  db: Db,
  f: AuditFilter,
  limit: number,
  batch = 1000,
): AsyncGenerator<AuditEntry> {
  for (let offset = 0; offset < limit; offset += batch) {
    const rows = await applyFilter(db.selectFrom('audit_log'), f)
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(Math.min(batch, limit - offset))
      .offset(offset)
      .execute();
    for (const row of rows) yield toEntry(row);
    if (rows.length < batch) return;
  }
}

/** Distinct action names, for the filter's choices. */
export async function auditActions(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}
