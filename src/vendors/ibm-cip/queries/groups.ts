import { cipCall, formBody } from '../client';
import { useCipText } from '../cip-text';
import { cipKeys } from './keys';
import { useCipMutation, type CipMutationOptions } from './use-cip-mutation';

export type CreateGroupVars = { group: string; description: string; members: readonly string[] };

/** G3 (form): `member` repeats once per gtwayUUID. */
export function useCreateGroup(options?: CipMutationOptions<void, CreateGroupVars>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'createGroup', {
          params: { group: v.group },
          body: formBody({ description: v.description || undefined, member: v.members }),
        });
      },
      invalidates: (c) => [cipKeys.groups(c)],
      success: (v) => t.groupCreated(v.group),
    },
    options,
  );
}

export type MembersVars = { group: string; members: readonly string[] };

/** G4 for one member, G5 for several. */
export function useAddGroupMembers(options?: CipMutationOptions<void, MembersVars>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const [only] = v.members;
        if (v.members.length === 1 && only !== undefined)
          await cipCall(c, 'addGroupMember', { params: { group: v.group, uuid: only } });
        else
          await cipCall(c, 'addGroupMembers', {
            params: { group: v.group },
            body: formBody({ member: v.members }),
          });
      },
      invalidates: (c, v) => [cipKeys.groupMembers(c, v.group)],
      success: (v) => t.membersAdded(v.members.length),
    },
    options,
  );
}

/** G6 for one member, G7 (DELETE with a form body) for several. */
export function useRemoveGroupMembers(options?: CipMutationOptions<void, MembersVars>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const [only] = v.members;
        if (v.members.length === 1 && only !== undefined)
          await cipCall(c, 'removeGroupMember', { params: { group: v.group, uuid: only } });
        else
          await cipCall(c, 'removeGroupMembers', {
            params: { group: v.group },
            body: formBody({ member: v.members }),
          });
      },
      invalidates: (c, v) => [cipKeys.groupMembers(c, v.group)],
      success: (v) => t.membersRemoved(v.members.length),
    },
    options,
  );
}

export function useDeleteGroup(options?: CipMutationOptions<void, { group: string }>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'deleteGroup', { params: { group: v.group } });
      },
      update: (c, v, qc) => qc.removeQueries({ queryKey: cipKeys.groupMembers(c, v.group) }),
      invalidates: (c) => [cipKeys.groups(c)],
      success: (v) => t.groupDeleted(v.group),
    },
    options,
  );
}

export type MembershipVars = { group: string; uuid: string; member: boolean };

/**
 * G4 or G6 for one cell of the users × groups matrix. No toast here: the matrix announces the change with
 * its Undo, and shows a failure on the cell.
 */
export function useToggleMembership() {
  return useCipMutation(
    {
      run: async (c: string, v: MembershipVars) => {
        await cipCall(c, v.member ? 'addGroupMember' : 'removeGroupMember', {
          params: { group: v.group, uuid: v.uuid },
        });
      },
      invalidates: (c, v) => [cipKeys.groupMembers(c, v.group), cipKeys.userDetails(c, v.uuid)],
    },
    { onError: () => undefined },
  );
}
