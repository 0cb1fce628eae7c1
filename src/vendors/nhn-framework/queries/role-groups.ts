import { queryOptions } from '@tanstack/react-query';
import { nhnCall, type NhnResult } from '../client';
import { useRolesText } from '../roles/roles-text';
import type { Role } from '../wire/common';
import type { AssignRole } from '../wire/common';
import { nhnKeys } from './keys';
import { useNhnMutation, type NhnMutationOptions } from './use-nhn-mutation';

/** Project common role groups live in the org (`ORG`); a project's own groups in the project. */
export type RoleGroupScope = { kind: 'org'; orgId: string } | { kind: 'project'; projectId: string };

export const scopeKey = (s: RoleGroupScope) =>
  s.kind === 'org' ? `org:${s.orgId}` : `project:${s.projectId}`;

/** Role groups are few per scope; the vendor's largest page lists them all. */
const ALL = 2000;

export const roleGroupsQuery = (c: string, s: RoleGroupScope) =>
  queryOptions({
    queryKey: nhnKeys.roleGroups(c, scopeKey(s)),
    queryFn: async ({ signal }) =>
      (s.kind === 'org'
        ? await nhnCall(c, 'listOrgRoleGroups', { params: { orgId: s.orgId }, query: { limit: ALL }, signal })
        : await nhnCall(c, 'listProjectRoleGroups', {
            params: { projectId: s.projectId },
            query: { limit: ALL },
            signal,
          })
      ).roleGroups,
  });

export const roleGroupQuery = (c: string, s: RoleGroupScope, roleGroupId: string) =>
  queryOptions({
    queryKey: nhnKeys.roleGroup(c, scopeKey(s), roleGroupId),
    queryFn: async ({ signal }) =>
      (s.kind === 'org'
        ? await nhnCall(c, 'getOrgRoleGroup', { params: { orgId: s.orgId, roleGroupId }, signal })
        : await nhnCall(c, 'getProjectRoleGroup', { params: { projectId: s.projectId, roleGroupId }, signal })
      ).roleGroup,
  });

/**
 * The project role catalogue (#8): roles and permissions, plus the role groups usable in the project.
 * Role group entries are project roles in both families, so org common groups read it from a project.
 */
export const projectRolesQuery = (c: string, projectId: string) =>
  queryOptions({
    queryKey: nhnKeys.projectRoles(c, projectId),
    queryFn: async ({ signal }): Promise<Role[]> =>
      (await nhnCall(c, 'listProjectRoles', { params: { projectId }, query: { limit: ALL }, signal })).roles,
    staleTime: 60_000,
  });

/** The org role catalogue (#7), for the org members matrix. */
export const orgRolesQuery = (c: string, orgId: string) =>
  queryOptions({
    queryKey: nhnKeys.orgRoles(c, orgId),
    queryFn: async ({ signal }): Promise<Role[]> =>
      (await nhnCall(c, 'listOrgRoles', { params: { orgId }, query: { limit: ALL }, signal })).roles,
    staleTime: 60_000,
  });

type Info = { roleGroupName: string; description?: string | undefined };
type CreateVars = Info & { roles: AssignRole[] };

const invalidate = (c: string, s: RoleGroupScope) => [
  nhnKeys.roleGroups(c, scopeKey(s)),
  // A project's catalogue lists the groups usable in it.
  [c, 'nhn-framework', 'project'],
];

export function useCreateRoleGroup(
  s: RoleGroupScope,
  options?: NhnMutationOptions<NhnResult<'createOrgRoleGroup'>, CreateVars>,
) {
  const t = useRolesText();
  return useNhnMutation(
    {
      run: (c, v) =>
        s.kind === 'org'
          ? nhnCall(c, 'createOrgRoleGroup', { params: { orgId: s.orgId }, json: v })
          : nhnCall(c, 'createProjectRoleGroup', { params: { projectId: s.projectId }, json: v }),
      invalidates: (c) => invalidate(c, s),
      success: (v) => t.groupCreated(v.roleGroupName),
    },
    options,
  );
}

export function useUpdateRoleGroupInfo(
  s: RoleGroupScope,
  options?: NhnMutationOptions<NhnResult<'setOrgRoleGroupInfo'>, Info & { roleGroupId: string }>,
) {
  const t = useRolesText();
  return useNhnMutation(
    {
      run: (c, { roleGroupId, ...body }) =>
        s.kind === 'org'
          ? nhnCall(c, 'setOrgRoleGroupInfo', { params: { orgId: s.orgId, roleGroupId }, json: body })
          : nhnCall(c, 'setProjectRoleGroupInfo', {
              params: { projectId: s.projectId, roleGroupId },
              json: body,
            }),
      invalidates: (c, v) => [...invalidate(c, s), nhnKeys.roleGroup(c, scopeKey(s), v.roleGroupId)],
      success: (v) => t.groupSaved(v.roleGroupName),
    },
    options,
  );
}

export function useUpdateRoleGroupRoles(
  s: RoleGroupScope,
  options?: NhnMutationOptions<
    NhnResult<'setOrgRoleGroupRoles'>,
    { roleGroupId: string; roleGroupName: string; roles: AssignRole[] }
  >,
) {
  const t = useRolesText();
  return useNhnMutation(
    {
      run: (c, { roleGroupId, roles }) =>
        s.kind === 'org'
          ? nhnCall(c, 'setOrgRoleGroupRoles', { params: { orgId: s.orgId, roleGroupId }, json: { roles } })
          : nhnCall(c, 'setProjectRoleGroupRoles', {
              params: { projectId: s.projectId, roleGroupId },
              json: { roles },
            }),
      invalidates: (c, v) => [...invalidate(c, s), nhnKeys.roleGroup(c, scopeKey(s), v.roleGroupId)],
      success: (v) => t.groupSaved(v.roleGroupName),
    },
    options,
  );
}

export function useDeleteRoleGroups(
  s: RoleGroupScope,
  options?: NhnMutationOptions<NhnResult<'deleteOrgRoleGroups'>, { roleGroupIds: string[] }>,
) {
  const t = useRolesText();
  return useNhnMutation(
    {
      run: (c, v) =>
        s.kind === 'org'
          ? nhnCall(c, 'deleteOrgRoleGroups', { params: { orgId: s.orgId }, json: v })
          : nhnCall(c, 'deleteProjectRoleGroups', { params: { projectId: s.projectId }, json: v }),
      invalidates: (c) => invalidate(c, s),
      success: (v) => t.groupsDeleted(v.roleGroupIds.length),
    },
    options,
  );
}
