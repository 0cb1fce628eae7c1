import type { UserHistoryType } from '../wire/users';
import type { UserRoleRelation } from './model';
import type { HandlerContext } from './http';

/** Appends one history row; the sequence lives on the tenant so it never repeats, even after deletes. */
export function recordHistory(
  ctx: HandlerContext,
  userId: string,
  command: UserHistoryType,
  rel?: UserRoleRelation,
): void {
  const tenant = ctx.store.tenant();
  const seq = tenant.nextHistorySeq;
  ctx.store.saveTenant({ ...tenant, nextHistorySeq: seq + 1 });
  ctx.store.histories.put(String(seq).padStart(12, '0'), {
    userHistorySeq: seq,
    userId,
    command,
    executionTime: ctx.now(),
    operatorUuid: null,
    roleId: rel?.roleId ?? null,
    scopeId: rel?.scopeId ?? null,
    roleApplyPolicyCode: rel?.roleApplyPolicyCode ?? null,
    conditions: rel ? rel.conditions : null,
  });
}

const relationKey = (r: Pick<UserRoleRelation, 'scopeId' | 'roleId'>) =>
  JSON.stringify([r.scopeId, r.roleId]);
const sameGrant = (a: UserRoleRelation, b: UserRoleRelation) =>
  a.roleApplyPolicyCode === b.roleApplyPolicyCode &&
  JSON.stringify(a.conditions) === JSON.stringify(b.conditions);

/**
 * Records what changed between two relation sets: REMOVE for dropped ones, ADD for new ones, and
 * REMOVE then ADD for a relation whose policy or conditions changed.
 */
export function recordRelationChanges(
  ctx: HandlerContext,
  userId: string,
  before: readonly UserRoleRelation[],
  after: readonly UserRoleRelation[],
): void {
  const old = new Map(before.map((r) => [relationKey(r), r]));
  const next = new Map(after.map((r) => [relationKey(r), r]));
  for (const [key, r] of old) {
    const n = next.get(key);
    if (!n || !sameGrant(r, n)) recordHistory(ctx, userId, 'REMOVE', r);
  }
  for (const [key, r] of next) {
    const o = old.get(key);
    if (!o || !sameGrant(o, r)) recordHistory(ctx, userId, 'ADD', r);
  }
}

/** Keeps a relation's original grant date when a replace-style PUT sends the same relation again. */
export function keepRegDates(
  before: readonly UserRoleRelation[],
  after: UserRoleRelation[],
): UserRoleRelation[] {
  const old = new Map(before.map((r) => [relationKey(r), r]));
  return after.map((r) => {
    const o = old.get(relationKey(r));
    return o && sameGrant(o, r) ? { ...r, regYmdt: o.regYmdt } : r;
  });
}

export { relationKey };
