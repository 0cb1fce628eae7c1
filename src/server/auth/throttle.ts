import type { Kysely } from 'kysely';
import type { SignInThrottle, ThrottleRule } from '../config';
import type { StoreSchema } from '../store/schema';

type Db = Kysely<StoreSchema>;

export type ThrottleKey = { key: string; rule: ThrottleRule };
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number; locked: boolean };

export function usernameThrottleKey(username: string): string {
  return `user:${username.trim().toLowerCase().slice(0, 200)}`;
}

/** Throttle keys for one attempt: the username (existing or not, so a lock reveals nothing) and the address. */
export function signInKeys(policy: SignInThrottle, username: string, address: string): ThrottleKey[] {
  return [
    { key: usernameThrottleKey(username), rule: policy.username },
    { key: `addr:${address}`, rule: policy.address },
  ];
}

/** The wait imposed after the n-th failure: none while free, then doubling up to the cap. */
export function delayAfter(policy: SignInThrottle, rule: ThrottleRule, failures: number): number {
  if (failures <= rule.freeFailures) return 0;
  return Math.min(policy.baseDelayMs * 2 ** (failures - rule.freeFailures - 1), policy.maxDelayMs);
}

function isStale(
  row: { first_failure_at: number; locked_until: number },
  policy: SignInThrottle,
  now: number,
): boolean {
  return now - row.first_failure_at > policy.windowMs && row.locked_until <= now;
}

/** Whether an attempt may be checked at all; throttled attempts are refused before the password is looked at. */
export async function checkThrottle(
  db: Db,
  policy: SignInThrottle,
  keys: ThrottleKey[],
  now: number = Date.now(),
): Promise<ThrottleVerdict> {
  const rows = await db
    .selectFrom('sign_in_throttle')
    .selectAll()
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute();
  let retryAfterMs = 0;
  let locked = false;
  for (const row of rows) {
    if (isStale(row, policy, now)) continue;
    if (row.locked_until > now) {
      locked = true;
      retryAfterMs = Math.max(retryAfterMs, row.locked_until - now);
    } else if (row.next_allowed_at > now) {
      retryAfterMs = Math.max(retryAfterMs, row.next_allowed_at - now);
    }
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs, locked } : { allowed: true };
}

/** Counts one failure against every key, growing its delay and locking it at the rule's limit. */
export async function recordFailure(
  db: Db,
  policy: SignInThrottle,
  keys: ThrottleKey[],
  now: number = Date.now(),
): Promise<void> {
  for (const { key, rule } of keys) {
    const row = await db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    const fresh = !row || isStale(row, policy, now);
    const failures = fresh ? 1 : row.failures + 1;
    const values = {
      failures,
      first_failure_at: fresh ? now : row.first_failure_at,
      next_allowed_at: now + delayAfter(policy, rule, failures),
      locked_until: failures >= rule.lockAfter ? now + policy.lockMs : fresh ? 0 : row.locked_until,
    };
    await db
      .insertInto('sign_in_throttle')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
  }
}

/** A successful sign-in clears the username's counter; the address keeps its history until it ages out. */
export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
