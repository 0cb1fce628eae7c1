import { queryOptions } from '@tanstack/react-query';
import { nhnCall, type NhnResult } from '../client';
import { useCredentialsText } from '../credentials/credentials-text';
import type { UserAccessKey } from '../wire/credentials';
import { nhnKeys } from './keys';
import { useNhnMutation, type NhnMutationOptions } from './use-nhn-mutation';

/** The access keys of the connection's own account; the list carries masked secrets only. */
export const accessKeysQuery = (c: string) =>
  queryOptions({
    queryKey: nhnKeys.accessKeys(c),
    queryFn: async ({ signal }): Promise<UserAccessKey[]> =>
      (await nhnCall(c, 'listUserAccessKeys', { signal })).authentications,
  });

type KeyVars = { userAccessKeyId: string };

/** The result holds the new secret: show it with SecretOnce and reset the mutation; it is never cached. */
export function useCreateAccessKey(
  options?: NhnMutationOptions<NhnResult<'createUserAccessKey'>, { tokenExpiryPeriod: number }>,
) {
  return useNhnMutation(
    {
      run: (c, v) => nhnCall(c, 'createUserAccessKey', { json: v }),
      invalidates: (c) => [nhnKeys.accessKeys(c)],
    },
    { ...options, secret: true },
  );
}

export function useReissueSecret(
  options?: NhnMutationOptions<NhnResult<'reissueSecret'>, KeyVars & { needExpireTokens: boolean }>,
) {
  return useNhnMutation(
    {
      run: (c, v) =>
        nhnCall(c, 'reissueSecret', {
          params: { userAccessKeyId: v.userAccessKeyId },
          json: { needExpireTokens: v.needExpireTokens },
        }),
      invalidates: (c, v) => [nhnKeys.accessKeys(c), nhnKeys.tokens(c, v.userAccessKeyId)],
    },
    { ...options, secret: true },
  );
}

export function useSetAccessKeyStatus(
  options?: NhnMutationOptions<NhnResult<'setUserAccessKeyStatus'>, KeyVars & { status: 'STOP' | 'STABLE' }>,
) {
  const t = useCredentialsText();
  return useNhnMutation(
    {
      run: (c, v) =>
        nhnCall(c, 'setUserAccessKeyStatus', {
          params: { userAccessKeyId: v.userAccessKeyId },
          json: { status: v.status },
        }),
      invalidates: (c) => [nhnKeys.accessKeys(c)],
      success: (v) => (v.status === 'STOP' ? t.keyStopped : t.keyEnabled),
    },
    options,
  );
}

export function useDeleteAccessKey(options?: NhnMutationOptions<NhnResult<'deleteUserAccessKey'>, KeyVars>) {
  const t = useCredentialsText();
  return useNhnMutation(
    {
      run: (c, v) => nhnCall(c, 'deleteUserAccessKey', { params: { userAccessKeyId: v.userAccessKeyId } }),
      update: (c, v, qc) => qc.removeQueries({ queryKey: nhnKeys.tokens(c, v.userAccessKeyId) }),
      invalidates: (c) => [nhnKeys.accessKeys(c)],
      success: () => t.keyDeleted,
    },
    options,
  );
}
