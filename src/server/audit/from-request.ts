import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../app-env';
import { clientAddress } from '../auth/client-address';
import type { StoreSchema } from '../store/schema';
import { recordAudit, type AuditInput } from './record';

/**
 * Records an audit entry for the current request: who (the signed-in operator unless given), from where
 * and the request id are filled in. A failure to write the audit log is logged, never hidden, but does not
 * undo what already happened.
 */
export async function auditRequest(
  c: Context<AppEnv>,
  db: Kysely<StoreSchema>,
  entry: Omit<AuditInput, 'ip' | 'requestId'>,
): Promise<void> {
  const operator = c.get('operator');
  try {
    await recordAudit(db, {
      operatorId: operator?.id,
      username: operator?.username,
      ...entry,
      ip: clientAddress(c),
      requestId: c.get('requestId'),
    });
  } catch (err) {
    c.get('log').error('audit write failed', {
      action: entry.action,
      error: err instanceof Error ? err.message : String(err),
    });
  }
}
