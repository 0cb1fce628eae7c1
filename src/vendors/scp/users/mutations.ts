import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { useScpMutation, type ScpMutationOptions } from '../queries/use-scp-mutation';
import type { IAMUserCreateRequest } from '../wire/users';
import { userApi } from './api';
import { useUsersText } from './users-text';

type CreateResult = Awaited<ReturnType<typeof createUser>>;
const createUser = (c: string, v: { accountId: string; body: IAMUserCreateRequest }) =>
  scpCall(c, userApi.create, { params: { accountId: v.accountId }, json: v.body });

/** The result echoes the password: show it with SecretOnce; the mutation keeps nothing. */
export function useCreateUser(
  options?: ScpMutationOptions<CreateResult, { accountId: string; body: IAMUserCreateRequest }>,
) {
  return useScpMutation(
    {
      run: createUser,
      // Initial groups change the groups' member lists too.
      invalidates: (c) => [scpKeys.users(c), scpKeys.groups(c)],
    },
    { ...options, secret: true },
  );
}

type UserRef = { accountId: string; userId: string };

export function useUpdateUser(
  options?: ScpMutationOptions<
    unknown,
    UserRef & { description: string | null; password_reuse_count: number }
  >,
) {
  const t = useUsersText();
  return useScpMutation(
    {
      run: (c, { accountId, userId, ...json }) =>
        scpCall(c, userApi.update, { params: { accountId, userId }, json }),
      invalidates: (c) => [scpKeys.users(c)],
      success: () => t.saved,
    },
    options,
  );
}

/** The answer echoes the password; nothing of it is kept (the caller typed it). */
export function useSetPassword(
  options?: ScpMutationOptions<unknown, UserRef & { password: string; temporary_password: boolean }>,
) {
  const t = useUsersText();
  return useScpMutation(
    {
      run: async (c, { accountId, userId, ...json }) => {
        await scpCall(c, userApi.setPassword, { params: { accountId, userId }, json });
      },
      invalidates: (c, v) => [scpKeys.user(c, v.userId)],
      success: () => t.passwordReset,
    },
    { ...options, secret: true },
  );
}

/** API 1.0 has no single delete (§2.B): there the bulk route deletes one user. */
export const deleteUserCall = (c: string, v: UserRef, apiVersion: string | undefined) =>
  apiVersion === '1.0'
    ? scpCall(c, userApi.removeMany, { params: { accountId: v.accountId }, json: { user_ids: [v.userId] } })
    : scpCall(c, userApi.remove, { params: v });

export function useDeleteUser(
  apiVersion: string | undefined,
  options?: ScpMutationOptions<unknown, UserRef & { name: string }>,
) {
  const t = useUsersText();
  return useScpMutation(
    {
      run: (c, v) => deleteUserCall(c, v, apiVersion),
      update: (c, v, qc) => qc.removeQueries({ queryKey: scpKeys.user(c, v.userId) }),
      invalidates: (c) => [scpKeys.users(c), scpKeys.groups(c), scpKeys.accessKeys(c)],
      success: (v) => t.deleted(v.name),
    },
    options,
  );
}

export function useAttachUserPolicies(
  options?: ScpMutationOptions<unknown, { userId: string; policyIds: string[] }>,
) {
  const t = useUsersText();
  return useScpMutation(
    {
      run: (c, v) =>
        scpCall(c, userApi.attachPolicies, {
          params: { userId: v.userId },
          json: { policy_ids: v.policyIds },
        }),
      invalidates: (c, v) => [scpKeys.userPolicies(c, v.userId), scpKeys.policies(c)],
      success: (v) => t.attached(v.policyIds.length),
    },
    options,
  );
}

export function useDetachUserPolicy(
  options?: ScpMutationOptions<unknown, { userId: string; policyId: string; name: string }>,
) {
  const t = useUsersText();
  return useScpMutation(
    {
      run: (c, v) => scpCall(c, userApi.detachPolicy, { params: { userId: v.userId, policyId: v.policyId } }),
      invalidates: (c, v) => [scpKeys.userPolicies(c, v.userId), scpKeys.policies(c)],
      success: (v) => t.detached(v.name),
    },
    options,
  );
}
