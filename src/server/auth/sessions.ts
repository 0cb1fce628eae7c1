import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { OperatorRow } from '../operators/operator-store';
import type { StoreSchema } from '../store/schema';
import { randomToken, sha256Hex } from './tokens';

type Db = Kysely<StoreSchema>;

/** `mfa`: the password was right and the TOTP step is pending; such a session opens nothing else. */
export type SessionStage = 'full' | 'mfa';

/** How long the TOTP step may take after the password step. */
export const MFA_STEP_MS = 5 * 60_000;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 15_000;

export type SessionRow = {
  id: string;
  operatorId: string;
  stage: SessionStage;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
};

export type SessionLookup =
  { kind: 'none' } | { kind: 'expired' } | { kind: 'ok'; session: SessionRow; operator: OperatorRow };

export async function createSession(
  db: Db,
  config: Config,
  input: { operatorId: string; stage: SessionStage; ip: string | null; userAgent: string | null },
): Promise<{ token: string; id: string }> {
  const token = randomToken();
  const id = randomUUID();
  const now = Date.now();
  const lifetime = input.stage === 'mfa' ? Math.min(MFA_STEP_MS, config.sessionMaxMs) : config.sessionMaxMs;
  await db
    .insertInto('operator_sessions')
    .values({
      token_hash: sha256Hex(token),
      id,
      operator_id: input.operatorId,
      stage: input.stage,
      created_at: new Date(now).toISOString(),
      last_seen_at: new Date(now).toISOString(),
      expires_at: new Date(now + lifetime).toISOString(),
      ip: input.ip,
      user_agent: input.userAgent,
    })
    .execute();
  return { token, id };
}

/**
 * Finds the session behind a cookie value and its operator. Expired sessions (idle or absolute) are
 * deleted on sight; a disabled operator's sessions count as absent.
 */
export async function lookupSession(
  db: Db,
  config: Config,
  token: string,
  now: number = Date.now(),
): Promise<SessionLookup> {
  const tokenHash = sha256Hex(token);
  const row = await db
    .selectFrom('operator_sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return { kind: 'none' };
  const lastSeen = Date.parse(row.last_seen_at);
  if (now >= Date.parse(row.expires_at) || now - lastSeen >= config.sessionIdleMs) {
    await db.deleteFrom('operator_sessions').where('token_hash', '=', tokenHash).execute();
    return { kind: 'expired' };
  }
  const operator = await db
    .selectFrom('operators')
    .selectAll()
    .where('id', '=', row.operator_id)
    .executeTakeFirst();
  if (!operator || operator.disabled === 1) {
    await db.deleteFrom('operator_sessions').where('token_hash', '=', tokenHash).execute();
    return { kind: 'none' };
  }
  if (now - lastSeen >= TOUCH_EVERY_MS) {
    await db
      .updateTable('operator_sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return {
    kind: 'ok',
    operator,
    session: {
      id: row.id,
      operatorId: row.operator_id,
      stage: row.stage === 'full' ? 'full' : 'mfa',
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      ip: row.ip,
      userAgent: row.user_agent,
    },
  };
}

export async function listSessions(db: Db, operatorId: string): Promise<SessionRow[]> {
  const rows = await db
    .selectFrom('operator_sessions')
    .selectAll()
    .where('operator_id', '=', operatorId)
    .where('stage', '=', 'full')
    .where('expires_at', '>', new Date().toISOString())
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    operatorId: r.operator_id,
    stage: 'full',
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    userAgent: r.user_agent,
  }));
}

export async function revokeSession(db: Db, operatorId: string, sessionId: string): Promise<boolean> {
  const res = await db
    .deleteFrom('operator_sessions')
    .where('id', '=', sessionId)
    .where('operator_id', '=', operatorId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Revokes every session of an operator except `keepSessionId` (all of them when it is undefined). */
export async function revokeOperatorSessions(
  db: Db,
  operatorId: string,
  keepSessionId?: string,
): Promise<number> {
  let q = db.deleteFrom('operator_sessions').where('operator_id', '=', operatorId);
  if (keepSessionId !== undefined) q = q.where('id', '!=', keepSessionId);
  const res = await q.executeTakeFirst();
  return Number(res.numDeletedRows);
}
