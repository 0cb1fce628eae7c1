import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { redact } from '../log';
import type { StoreSchema } from '../store/schema';

export type AuditResult = 'success' | 'failure' | 'denied';

export type AuditInput = {
  action: string;
  result: AuditResult;
  operatorId?: string | undefined;
  username?: string | undefined;
  target?: string | undefined;
  connectionId?: string | undefined;
  status?: number | undefined;
  ip?: string | undefined;
  requestId?: string | undefined;
  durationMs?: number | undefined;
  /** Free-form context; secret-looking fields are redacted again here as a last line of defence. */
  detail?: Record<string, unknown> | undefined;
};

/** Appends one entry to the audit log. Entries are never updated or deleted by the application. */
export async function recordAudit(db: Kysely<StoreSchema>, entry: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: new Date().toISOString(),
      operator_id: entry.operatorId ?? null,
      username: entry.username ?? null,
      action: entry.action,
      target: entry.target ?? null,
      connection_id: entry.connectionId ?? null,
      result: entry.result,
      status: entry.status ?? null,
      ip: entry.ip ?? null,
      request_id: entry.requestId ?? null,
      duration_ms: entry.durationMs === undefined ? null : Math.round(entry.durationMs),
      detail: entry.detail ? JSON.stringify(redact(entry.detail)) : null,
    })
    .execute();
}
