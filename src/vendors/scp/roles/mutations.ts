import type { PolicyDocument } from '../wire/common';
import type { Role } from '../wire/roles';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { useScpMutation, type ScpMutationOptions } from '../queries/use-scp-mutation';
import { roleApi, roleKeys } from './api';
import { useRolesText } from './roles-text';

export type CreateRoleVars = {
  name: string;
  description: string;
  maxSessionDuration: number;
  trustPolicy: PolicyDocument;
};

/** SCP answers 202 with the whole role; it is usable at once. */
export function useCreateRole(options?: ScpMutationOptions<Role, CreateRoleVars>) {
  const t = useRolesText();
  return useScpMutation(
    {
      run: async (c, v) =>
        (
          await scpCall(c, roleApi.create, {
            json: {
              name: v.name,
              description: v.description || null,
              max_session_duration: v.maxSessionDuration,
              assume_role_policy_document: v.trustPolicy,
              policy_ids: [],
            },
          })
        ).role,
      invalidates: (c) => [scpKeys.roles(c)],
      success: (v) => t.created(v.name),
    },
    options,
  );
}

export function useUpdateRole(
  options?: ScpMutationOptions<Role, { roleId: string; description: string; maxSessionDuration: number }>,
) {
  const t = useRolesText();
  return useScpMutation(
    {
      run: async (c, v) =>
        (
          await scpCall(c, roleApi.set, {
            params: { roleId: v.roleId },
            json: { description: v.description || null, max_session_duration: v.maxSessionDuration },
          })
        ).role,
      update: (c, v, qc, role) => qc.setQueryData(roleKeys.one(c, v.roleId), role),
      invalidates: (c) => [scpKeys.roles(c)],
      success: () => t.saved,
    },
    options,
  );
}

export function useSetTrustPolicy(
  options?: ScpMutationOptions<unknown, { roleId: string; document: PolicyDocument }>,
) {
  const t = useRolesText();
  return useScpMutation(
    {
      run: (c, v) =>
        scpCall(c, roleApi.setTrust, {
          params: { roleId: v.roleId },
          json: { assume_role_policy_document: v.document },
        }),
      invalidates: (c, v) => [roleKeys.one(c, v.roleId), scpKeys.roles(c), scpKeys.groups(c)],
      success: () => t.trustSaved,
    },
    options,
  );
}

/** All or nothing: one service role or unknown id and SCP deletes none. */
export function useDeleteRoles(options?: ScpMutationOptions<unknown, { ids: string[] }>) {
  const t = useRolesText();
  return useScpMutation(
    {
      run: (c, v) => scpCall(c, roleApi.removeMany, { json: { role_ids: v.ids } }),
      update: (c, v, qc) => {
        for (const id of v.ids) qc.removeQueries({ queryKey: roleKeys.one(c, id) });
      },
      invalidates: (c) => [scpKeys.roles(c), scpKeys.policies(c), scpKeys.groups(c)],
      success: (v) => t.deleted(v.ids.length),
    },
    options,
  );
}
