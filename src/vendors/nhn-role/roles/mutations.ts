import type { ConditionProtocol } from '../wire/common';
import type { RoleBundleProtocol, RoleRelationProtocol } from '../wire/roles';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { useRoleMutation, type RoleMutationOptions } from '../queries/use-role-mutation';
import type { RoleConn } from '../shared/use-role-conn';
import { rolesApi } from './api';
import { useRolesText } from './roles-text';

type Stored = NonNullable<RoleBundleProtocol['roleRelations']>[number];

const toCondition = (c: ConditionProtocol): ConditionProtocol => ({
  attributeId: c.attributeId,
  attributeOperatorTypeCode: c.attributeOperatorTypeCode,
  attributeValues: c.attributeValues ?? [],
});

const asRequest = (r: Stored): RoleRelationProtocol => ({
  relatedRoleId: r.roleId,
  roleApplyPolicyCode: r.roleApplyPolicyCode,
  conditions: (r.conditions ?? []).map(toCondition),
});

export type EdgeChange =
  | { kind: 'add'; parent: string; child: string; policy: 'ALLOW' | 'DENY' }
  | { kind: 'remove'; parent: string; child: string }
  | { kind: 'conditions'; parent: string; child: string; conditions: readonly ConditionProtocol[] };

/** The relation asked for is gone (someone removed it meanwhile); nothing was written. */
export class EdgeGoneError extends Error {
  override name = 'EdgeGoneError';
}

/** The parent's next relation list for one change, every other relation (and its conditions) as it is. */
export function nextRelations(
  current: readonly Stored[],
  v: EdgeChange,
  goneMessage: string,
): RoleRelationProtocol[] {
  switch (v.kind) {
    case 'add':
      return [
        ...current.filter((r) => r.roleId !== v.child).map(asRequest),
        { relatedRoleId: v.child, roleApplyPolicyCode: v.policy, conditions: [] },
      ];
    case 'remove':
      return current.filter((r) => r.roleId !== v.child).map(asRequest);
    case 'conditions':
      if (!current.some((r) => r.roleId === v.child)) throw new EdgeGoneError(goneMessage);
      return current.map((r) =>
        r.roleId === v.child ? { ...asRequest(r), conditions: v.conditions.map(toCondition) } : asRequest(r),
      );
  }
}

/**
 * Edits one relation by replacing the parent's relation list (PUT /roles/{id}/relations), starting from the
 * parent as ROLE has it now, so relations changed elsewhere meanwhile are kept. A cycle is refused by ROLE
 * (11007), a condition it cannot accept with 20001/21001/21002; the caller shows the message.
 */
export function useEditEdge(conn: RoleConn, options?: RoleMutationOptions<unknown, EdgeChange>) {
  const t = useRolesText();
  return useRoleMutation(
    {
      run: async (c, v) => {
        const role = (await roleCall(c, rolesApi.get, { params: { appKey: conn.appKey, roleId: v.parent } }))
          .role;
        return roleCall(c, rolesApi.putRelations, {
          params: { appKey: conn.appKey, roleId: v.parent },
          json: { roleRelations: nextRelations(role.roleRelations ?? [], v, t.edgeGone) },
        });
      },
      invalidates: (c) => [roleKeys.roles(c), roleKeys.users(c)],
      success: (v) => (v.kind === 'conditions' ? t.conditionsSaved(v.parent, v.child) : t.edgeSaved),
    },
    options,
  );
}
