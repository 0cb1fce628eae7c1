import type { Condition, RoleRelation, User, UserRoleRelation } from '../engine/model';
import type { RoleGraph } from '../engine/effective-roles';
import type { ConditionProtocol } from '../wire/common';
import type { RoleBundleProtocol } from '../wire/roles';
import type { UserBundleProtocol } from '../wire/users';

/**
 * Turns what the console fetched (wire bundles) into the shapes the shared authorization engine reads, so
 * the browser reasons with the very module the emulator answers checks with.
 */
export const toCondition = (c: ConditionProtocol): Condition => ({
  attributeId: c.attributeId,
  attributeOperatorTypeCode: c.attributeOperatorTypeCode,
  attributeValues: c.attributeValues ?? [],
});

export function toRoleGraph(roles: readonly RoleBundleProtocol[]): RoleGraph {
  return new Map(
    roles.map((r) => [
      r.roleId,
      (r.roleRelations ?? []).map((rel): RoleRelation => ({
        relatedRoleId: rel.roleId,
        roleApplyPolicyCode: rel.roleApplyPolicyCode,
        conditions: (rel.conditions ?? []).map(toCondition),
        regDateTime: rel.regDateTime,
      })),
    ]),
  );
}

export const toUserRelation = (
  r: NonNullable<UserBundleProtocol['roleRelations']>[number],
): UserRoleRelation => ({
  scopeId: r.scopeId,
  roleId: r.roleId,
  roleApplyPolicyCode: r.roleApplyPolicyCode,
  conditions: (r.conditions ?? []).map(toCondition),
  regYmdt: r.regYmdt ?? '',
});

export const toEngineUser = (u: UserBundleProtocol): User => ({
  userId: u.userId,
  description: u.description ?? null,
  regYmdt: u.regYmdt ?? '',
  roleRelations: (u.roleRelations ?? []).map(toUserRelation),
});
