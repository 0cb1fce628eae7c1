import { cipCall, formBody, type FormValues } from '../client';
import { useCipText } from '../cip-text';
import { cipKeys } from './keys';
import { useCipMutation, type CipMutationOptions } from './use-cip-mutation';

export type CreateUserVars = { uid: string; attributes: FormValues; account: boolean };

/** U5 (form): `entry` is the new user's gtwayUUID. */
export function useCreateUser(options?: CipMutationOptions<string, CreateUserVars>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) =>
        (
          await cipCall(c, 'createUser', {
            params: { user: v.uid },
            body: formBody({ ...v.attributes, gma_isAccount: String(v.account) }),
          })
        ).entry,
      invalidates: (c) => [cipKeys.userSearches(c)],
      success: (v) => t.userCreated(v.uid),
    },
    options,
  );
}

export type UpdateUserVars = {
  uid: string;
  uuid: string;
  /** Attributes the record already has: U10 (form), the only call that may change or clear them. */
  existing: FormValues;
  /** Attributes the record lacks: U10 refuses them, so they go through I4 editUser. */
  added: Readonly<Record<string, string | string[]>>;
};

export function useUpdateUser(options?: CipMutationOptions<void, UpdateUserVars>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        if (Object.keys(v.existing).length > 0)
          await cipCall(c, 'updateUser', { params: { uuid: v.uuid }, body: formBody(v.existing) });
        if (Object.keys(v.added).length > 0)
          await cipCall(c, 'editUser', {
            json: [{ uuid: v.uuid, userDetails: { userAttributes: v.added } }],
          });
      },
      // cn and other derived values change on the server: reload everything about the user.
      invalidates: (c, v) => [cipKeys.user(c, v.uid), cipKeys.byUuid(c, v.uuid), cipKeys.userSearches(c)],
      success: () => t.saved,
    },
    options,
  );
}

export function useDeleteUser(options?: CipMutationOptions<void, { uid: string; uuid: string }>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'deleteUser', { params: { uuid: v.uuid } });
      },
      update: (c, v, qc) => {
        qc.removeQueries({ queryKey: cipKeys.user(c, v.uid) });
        qc.removeQueries({ queryKey: cipKeys.byUuid(c, v.uuid) });
      },
      invalidates: (c) => [cipKeys.userSearches(c), cipKeys.groups(c)],
      success: (v) => t.userDeleted(v.uid),
    },
    options,
  );
}
