import { GS2_LIMITS } from '../wire';
import type { EmulatorContext } from './context';
import { unauthorized } from './errors';
import { newProjectToken, sha256 } from './secrets';
import type { TokenRecord } from './store';

/** Issues a project token for a user; it lives 36,000 s and outlives the credential that obtained it. */
export function issueToken(
  ctx: EmulatorContext,
  userName: string,
  clientId?: string,
): { token: string; expiresIn: number } {
  const now = ctx.now();
  const expiresIn = GS2_LIMITS.projectTokenSeconds;
  pruneExpired(ctx, now);
  const token = newProjectToken();
  ctx.store.tokens.put(sha256(token), {
    userName,
    issuedAt: now,
    expiresAt: now + expiresIn * 1000,
    ...(clientId ? { clientId } : {}),
  });
  return { token, expiresIn };
}

/** Reads `Authorization: Bearer <token>`, as every GS2 SDK sends it; anything else is a 401. */
export function authenticate(ctx: EmulatorContext, authorization: string | undefined): TokenRecord {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = m?.[1];
  if (!token || token === 'null' || token.length > GS2_LIMITS.projectToken)
    throw unauthorized('projectToken', 'token', 'require');
  const record = ctx.store.tokens.get(sha256(token));
  if (!record) throw unauthorized('projectToken', 'token', 'invalid');
  if (record.expiresAt <= ctx.now()) throw unauthorized('projectToken', 'token', 'expired');
  return record;
}

function pruneExpired(ctx: EmulatorContext, now: number): void {
  // Amortised: expired tokens are only swept once they are a noticeable pile.
  if (ctx.store.tokens.count() < 1000) return;
  const tokens = ctx.store.tokens;
  for (const key of tokens.keys()) if ((tokens.get(key)?.expiresAt ?? 0) <= now) tokens.delete(key);
}
