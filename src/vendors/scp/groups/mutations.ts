import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { useScpMutation, type ScpMutationOptions } from '../queries/use-scp-mutation';
import type { Group, GroupCreateRequest, GroupSetRequest } from '../wire/groups';
import { groupApi } from './api';
import { useGroupsText } from './groups-text';

/** Memberships show on users (their groups) and groups alike: both lists are refetched. */
const touched = (c: string) => [scpKeys.groups(c), scpKeys.users(c)];

export function useCreateGroup(options?: ScpMutationOptions<Group, GroupCreateRequest>) {
  const t = useGroupsText();
  return useScpMutation(
    {
      run: async (c, json) => (await scpCall(c, groupApi.create, { json })).group,
      invalidates: touched,
      success: (v) => t.created(v.name),
    },
    options,
  );
}

export function useUpdateGroup(options?: ScpMutationOptions<Group, GroupSetRequest & { groupId: string }>) {
  const t = useGroupsText();
  return useScpMutation(
    {
      run: async (c, { groupId, ...json }) =>
        (await scpCall(c, groupApi.update, { params: { groupId }, json })).group,
      invalidates: touched,
      success: () => t.saved,
    },
    options,
  );
}

export function useDeleteGroup(options?: ScpMutationOptions<unknown, { groupId: string; name: string }>) {
  const t = useGroupsText();
  return useScpMutation(
    {
      run: (c, v) => scpCall(c, groupApi.remove, { params: { groupId: v.groupId } }),
      update: (c, v, qc) => qc.removeQueries({ queryKey: scpKeys.group(c, v.groupId) }),
      invalidates: touched,
      success: (v) => t.deleted(v.name),
    },
    options,
  );
}

type MemberVars = { groupId: string; userId: string; label: string };

export const addMemberCall = (c: string, v: { groupId: string; userId: string }) =>
  scpCall(c, groupApi.addMember, { params: { groupId: v.groupId }, json: { user_id: v.userId } });
export const removeMemberCall = (c: string, v: { groupId: string; userId: string }) =>
  scpCall(c, groupApi.removeMember, { params: v });

/** `silent`: the membership matrix reports each cell itself, so no toast here. */
export function useSetMembership(
  options?: ScpMutationOptions<unknown, MemberVars & { member: boolean }>,
  silent = false,
) {
  const t = useGroupsText();
  return useScpMutation(
    {
      run: (c, v) => (v.member ? addMemberCall(c, v) : removeMemberCall(c, v)),
      invalidates: touched,
      ...(!silent && {
        success: (v: MemberVars & { member: boolean }) =>
          v.member ? t.memberAdded(v.label) : t.memberRemoved(v.label),
      }),
    },
    options,
  );
}
