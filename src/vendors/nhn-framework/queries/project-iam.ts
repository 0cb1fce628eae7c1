import { queryOptions } from '@tanstack/react-query';
import { nhnCall, type NhnResult } from '../client';
import { useIamText } from '../iam/iam-text';
import type { IamOrgMember } from '../wire/iam';
import type { UserAssignRole } from '../wire/common';
import { nhnKeys } from './keys';
import { useNhnMutation, type NhnMutationOptions } from './use-nhn-mutation';

const ALL = 2000;

/** #58: the project's IAM accounts (without roles). */
export const projectIamQuery = (c: string, projectId: string) =>
  queryOptions({
    queryKey: nhnKeys.projectIam(c, projectId),
    queryFn: async ({ signal }) =>
      (await nhnCall(c, 'listProjectIam', { params: { projectId }, query: { limit: ALL }, signal }))
        .projectMembers,
  });

/** Every active IAM account of the org, to choose whom to add to a project. */
export const activeIamMembersQuery = (c: string, orgId: string) =>
  queryOptions({
    queryKey: [...nhnKeys.iamMembers(c, orgId), 'active'] as const,
    queryFn: async ({ signal }): Promise<IamOrgMember[]> =>
      (
        await nhnCall(c, 'listIamMembers', {
          params: { orgId },
          query: { limit: ALL, statuses: ['member'] },
          signal,
        })
      ).orgMembers,
  });

const refresh = (c: string, projectId: string) => [
  nhnKeys.projectIam(c, projectId),
  nhnKeys.projectMembers(c, projectId),
];

export function useAddProjectIam(
  projectId: string,
  options?: NhnMutationOptions<
    NhnResult<'addProjectIam'>,
    { memberUuid: string; userCode: string; assignRoles: UserAssignRole[] }
  >,
) {
  const t = useIamText();
  return useNhnMutation(
    {
      run: (c, { userCode: _label, ...body }) =>
        nhnCall(c, 'addProjectIam', { params: { projectId }, json: body }),
      invalidates: (c) => refresh(c, projectId),
      success: (v) => t.accountAdded(v.userCode),
    },
    options,
  );
}

export function useRemoveProjectIam(
  projectId: string,
  options?: NhnMutationOptions<NhnResult<'deleteProjectIam'>, { memberUuids: string[] }>,
) {
  const t = useIamText();
  return useNhnMutation(
    {
      run: (c, v) => nhnCall(c, 'deleteProjectIam', { params: { projectId }, json: v }),
      invalidates: (c) => refresh(c, projectId),
      success: (v) => t.accountsRemoved(v.memberUuids.length),
    },
    options,
  );
}

export function useSetProjectIamRoles(
  projectId: string,
  options?: NhnMutationOptions<
    NhnResult<'setProjectIamRoles'>,
    { memberUuid: string; userCode: string; assignRoles: UserAssignRole[] }
  >,
) {
  const t = useIamText();
  return useNhnMutation(
    {
      run: (c, v) =>
        nhnCall(c, 'setProjectIamRoles', {
          params: { projectId, memberUuid: v.memberUuid },
          json: { assignRoles: v.assignRoles },
        }),
      invalidates: (c) => [...refresh(c, projectId), [c, 'nhn-framework', 'member-roles']],
      success: (v) => t.rolesSaved(v.userCode),
    },
    options,
  );
}
