import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { useRoleMutation, type RoleMutationOptions } from '../queries/use-role-mutation';
import type { RoleConn } from '../shared/use-role-conn';
import { rolesApi } from './api';
import { splitTags, type RoleFormValues } from './role-rules';
import { useRoleFormText } from './role-form-text';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

const metadata = (v: RoleFormValues) => ({
  roleName: orNull(v.roleName),
  roleGroup: orNull(v.roleGroup),
  description: orNull(v.description),
  exposureOrder: Number(v.exposureOrder.trim()),
});

/**
 * Creates a role, or saves an existing one's metadata and tags. The update sends no `roleRelations`, which
 * ROLE reads as "keep them": relations are edited on the graph and must not be lost here.
 */
export function useSaveRole(
  conn: RoleConn,
  editing: boolean,
  options?: RoleMutationOptions<unknown, RoleFormValues>,
) {
  const t = useRoleFormText();
  return useRoleMutation(
    {
      run: (c, v) => {
        const roleTags = splitTags(v.tags).map((roleTagId) => ({ roleTagId }));
        return editing
          ? roleCall(c, rolesApi.update, {
              params: { appKey: conn.appKey, roleId: v.roleId },
              json: { role: metadata(v), roleTags },
            })
          : roleCall(c, rolesApi.create, {
              params: { appKey: conn.appKey },
              json: { role: { roleId: v.roleId.trim(), ...metadata(v) }, roleTags },
            });
      },
      // Users' inherited grants and attribute links name roles, so those views reread too.
      invalidates: (c) => [roleKeys.roles(c), roleKeys.users(c), roleKeys.attributes(c)],
      success: (v) => (editing ? t.saved(v.roleId) : t.created(v.roleId.trim())),
    },
    options,
  );
}

export const deleteRoleCall = ({ id, appKey }: RoleConn, roleId: string) =>
  roleCall(id, rolesApi.remove, { params: { appKey, roleId } });
