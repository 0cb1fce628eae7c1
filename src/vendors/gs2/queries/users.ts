import { gs2Call } from '../client';
import { useGs2Text } from '../gs2-text';
import { gs2Keys } from './keys';
import { useGs2Mutation, type Gs2MutationOptions } from './use-gs2-mutation';
import type { User } from '../wire';

/** GS2 treats a missing description and null alike; an empty box means no description. */
const emptyToNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);

export type CreateUserVars = { name: string; description?: string | undefined };

export function useCreateUser(options?: Gs2MutationOptions<User, CreateUserVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (await gs2Call(c, 'createUser', { json: { name: v.name, description: emptyToNull(v.description) } }))
          .item,
      invalidates: (c) => [gs2Keys.users(c)],
      success: (v) => t.userCreated(v.name),
    },
    options,
  );
}

export type UpdateUserVars = { userName: string; description: string };

export function useUpdateUser(options?: Gs2MutationOptions<User, UpdateUserVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'updateUser', {
            params: { userName: v.userName },
            json: { description: emptyToNull(v.description) },
          })
        ).item,
      update: (c, v, user, qc) => qc.setQueryData(gs2Keys.user(c, v.userName), user),
      invalidates: (c) => [gs2Keys.users(c)],
      success: () => t.saved,
    },
    options,
  );
}

export function useDeleteUser(options?: Gs2MutationOptions<User, { userName: string }>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) => (await gs2Call(c, 'deleteUser', { params: { userName: v.userName } })).item,
      // The cascade removed everything below the user: its credentials, password and attachments.
      update: (c, v, _r, qc) => qc.removeQueries({ queryKey: gs2Keys.user(c, v.userName) }),
      invalidates: (c) => [gs2Keys.users(c)],
      success: (v) => t.userDeleted(v.userName),
    },
    options,
  );
}
