import type { RoleRelationProtocol } from '../wire/roles';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { useRoleMutation, type RoleMutationOptions } from '../queries/use-role-mutation';
import type { RoleConn } from '../shared/use-role-conn';
import { rolesApi } from './api';
import { useRolesText } from './roles-text';

const asRequest = (
  rels: readonly {
    roleId: string;
    roleApplyPolicyCode: 'ALLOW' | 'DENY';
    conditions?: RoleRelationProtocol['conditions'];
  }[],
) =>
  rels.map((r) => ({
    relatedRoleId: r.roleId,
    roleApplyPolicyCode: r.roleApplyPolicyCode,
    conditions: (r.conditions ?? []).map((c) => ({
      attributeId: c.attributeId,
      attributeOperatorTypeCode: c.attributeOperatorTypeCode,
      attributeValues: c.attributeValues ?? [],
    })),
  }));

export type EdgeChange =
  | { kind: 'add'; parent: string; child: string; policy: 'ALLOW' | 'DENY' }
  | { kind: 'remove'; parent: string; child: string };

/**
 * Edits one relation by replacing the parent's relation list (PUT /roles/{id}/relations), starting from the
 * parent as ROLE has it now. A cycle is refused by ROLE (11007) and its message is shown to the user.
 */
export function useEditEdge(conn: RoleConn, options?: RoleMutationOptions<unknown, EdgeChange>) {
  const t = useRolesText();
  return useRoleMutation(
    {
      run: async (c, v) => {
        const role = (await roleCall(c, rolesApi.get, { params: { appKey: conn.appKey, roleId: v.parent } }))
          .role;
        const current = (role.roleRelations ?? []).filter((r) => r.roleId !== v.child);
        const next =
          v.kind === 'add'
            ? [
                ...asRequest(current),
                { relatedRoleId: v.child, roleApplyPolicyCode: v.policy, conditions: [] },
              ]
            : asRequest(current);
        return roleCall(c, rolesApi.putRelations, {
          params: { appKey: conn.appKey, roleId: v.parent },
          json: { roleRelations: next },
        });
      },
      invalidates: (c) => [roleKeys.roles(c), roleKeys.users(c)],
      success: () => t.edgeSaved,
    },
    options,
  );
}
