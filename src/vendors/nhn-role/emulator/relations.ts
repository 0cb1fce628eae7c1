import type { ConditionProtocol, RoleApplyPolicyCode } from '../wire/common';
import type { RoleRelationProtocol } from '../wire/roles';
import type { UserRoleRelationProtocol } from '../wire/users';
import { validateCondition } from '../engine/conditions';
import { anyPolicyGraph, reachableFrom } from '../engine/effective-roles';
import type { HandlerContext } from './http';
import type { Attribute, Condition, Role, RoleRelation, UserRoleRelation } from './model';
import { RESULT, RoleError, ensure } from './result';
import { checkUnique } from './validation';

/** COMMON attributes serve every role; a ROLE attribute only the roles associated with it. */
export const attributeUsableBy = (attr: Attribute, roleId: string | undefined) =>
  attr.attributeCreationTypeCode === 'COMMON_ATTRIBUTE' ||
  roleId === undefined ||
  attr.roles.some((r) => r.roleId === roleId);

/**
 * Validates conditions against the operator table; `roleId` is the role whose use they restrict (the
 * attribute must be usable by it), undefined for the stand-alone validation endpoint.
 */
export function toConditions(
  ctx: HandlerContext,
  input: readonly ConditionProtocol[] | null | undefined,
  roleId: string | undefined,
): Condition[] {
  return (input ?? []).map((raw) => {
    const cond: Condition = {
      attributeId: raw.attributeId,
      attributeOperatorTypeCode: raw.attributeOperatorTypeCode,
      attributeValues: raw.attributeValues ?? [],
    };
    const attr = ctx.store.attributes.get(cond.attributeId);
    const problem = validateCondition(
      cond,
      attr && { attributeDataTypeCode: attr.attributeDataTypeCode, usable: attributeUsableBy(attr, roleId) },
    );
    if (problem) throw new RoleError(problem.code, problem.detail);
    return cond;
  });
}

/**
 * Whether `roleId` may be set to DENY. Under the 'inherited' rule a role is deniable only when some
 * ALLOW role relation includes it, counting `pending` relations about to be written.
 */
export function isDeniable(
  ctx: HandlerContext,
  roleId: string,
  pending: readonly { relatedRoleId: string; roleApplyPolicyCode: RoleApplyPolicyCode }[] = [],
): boolean {
  if (ctx.options.deniableRule === 'any') return true;
  const includes = (r: { relatedRoleId: string; roleApplyPolicyCode: RoleApplyPolicyCode }) =>
    r.relatedRoleId === roleId && r.roleApplyPolicyCode === 'ALLOW';
  return (
    pending.some(includes) || ctx.store.roles.list((role) => role.roleRelations.some(includes)).length > 0
  );
}

/** Builds the user relations of a create or replace, checking roles, scopes, duplicates, DENY and conditions. */
export function toUserRelations(
  ctx: HandlerContext,
  input: readonly UserRoleRelationProtocol[] | null | undefined,
): UserRoleRelation[] {
  const list = input ?? [];
  checkUnique(
    list.map((r) => JSON.stringify([r.scopeId, r.roleId])),
    RESULT.USER_ROLE_RELATION_EXISTS,
  );
  const now = ctx.now();
  return list.map((r) => {
    ensure(ctx.store.roles.has(r.roleId), RESULT.ROLE_NOT_FOUND, r.roleId);
    ensure(ctx.store.scopes.has(r.scopeId), RESULT.SCOPE_NOT_FOUND, r.scopeId);
    const policy = r.roleApplyPolicyCode ?? 'ALLOW';
    ensure(policy === 'ALLOW' || isDeniable(ctx, r.roleId), RESULT.CANNOT_DENY, r.roleId);
    return {
      scopeId: r.scopeId,
      roleId: r.roleId,
      roleApplyPolicyCode: policy,
      conditions: toConditions(ctx, r.conditions, r.roleId),
      regYmdt: now,
    };
  });
}

/**
 * Builds a role's relations: the related roles must exist, differ from the role itself, appear once, and
 * not close a cycle. Conditions restrict the related role, so its attributes apply.
 */
export function toRoleRelations(
  ctx: HandlerContext,
  roleId: string,
  input: readonly RoleRelationProtocol[],
  keep: readonly RoleRelation[] = [],
): RoleRelation[] {
  checkUnique(
    [...keep.map((r) => r.relatedRoleId), ...input.map((r) => r.relatedRoleId)],
    RESULT.ROLE_RELATION_PARAMETER_ERROR,
  );
  const pending = input.map((r) => ({
    relatedRoleId: r.relatedRoleId,
    roleApplyPolicyCode: r.roleApplyPolicyCode ?? 'ALLOW',
  }));
  const now = ctx.now();
  const relations = input.map((r): RoleRelation => {
    ensure(r.relatedRoleId !== roleId, RESULT.ROLE_RELATION_NOT_ALLOWED, `${roleId} cannot include itself`);
    ensure(ctx.store.roles.has(r.relatedRoleId), RESULT.ROLE_NOT_FOUND, r.relatedRoleId);
    const policy = r.roleApplyPolicyCode ?? 'ALLOW';
    ensure(
      policy === 'ALLOW' || isDeniable(ctx, r.relatedRoleId, pending),
      RESULT.CANNOT_DENY,
      r.relatedRoleId,
    );
    return {
      relatedRoleId: r.relatedRoleId,
      roleApplyPolicyCode: policy,
      conditions: toConditions(ctx, r.conditions, r.relatedRoleId),
      regDateTime: now,
    };
  });
  const all = [...keep, ...relations];
  checkNoCycle(ctx, roleId, all);
  return all;
}

/** Rejects relations that would let `roleId` reach itself (11007), whatever the edges' policies. */
function checkNoCycle(ctx: HandlerContext, roleId: string, relations: readonly RoleRelation[]): void {
  const graph = new Map(ctx.store.roles.list().map((r: Role) => [r.roleId, r.roleRelations]));
  graph.set(roleId, [...relations]);
  const edges = anyPolicyGraph(graph);
  for (const r of relations) {
    ensure(
      !reachableFrom(r.relatedRoleId, edges).has(roleId),
      RESULT.ROLE_RELATION_NOT_ALLOWED,
      `${roleId} -> ${r.relatedRoleId} closes a cycle`,
    );
  }
}
