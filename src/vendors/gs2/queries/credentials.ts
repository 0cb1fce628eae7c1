import { gs2Call } from '../client';
import { useGs2Text } from '../gs2-text';
import type { CreateIdentifierResult, Identifier } from '../wire';
import { gs2Keys } from './keys';
import { useGs2Mutation, type Gs2MutationOptions } from './use-gs2-mutation';

type UserVars = { userName: string };
type CredentialVars = UserVars & { clientId: string };
type GuardVars = CredentialVars & { guardNamespaceId: string };

/** The result holds the client secret: hand it to SecretOnce in onSuccess; it is never cached. */
export function useCreateCredential(options?: Gs2MutationOptions<CreateIdentifierResult, UserVars>) {
  return useGs2Mutation(
    {
      run: (c, v) => gs2Call(c, 'createIdentifier', { params: { userName: v.userName }, json: {} }),
      invalidates: (c, v) => [gs2Keys.credentials(c, v.userName)],
    },
    { ...options, secret: true },
  );
}

export function useDeleteCredential(options?: Gs2MutationOptions<Identifier, CredentialVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (await gs2Call(c, 'deleteIdentifier', { params: { userName: v.userName, clientId: v.clientId } }))
          .item,
      update: (c, v, _r, qc) => qc.removeQueries({ queryKey: gs2Keys.guards(c, v.userName, v.clientId) }),
      invalidates: (c, v) => [gs2Keys.credentials(c, v.userName)],
      success: () => t.credentialDeleted,
    },
    options,
  );
}

export function useAttachGuard(options?: Gs2MutationOptions<string[], GuardVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'attachGuard', {
            params: { userName: v.userName, clientId: v.clientId },
            json: { guardNamespaceId: v.guardNamespaceId },
          })
        ).items,
      // The answer is the complete list after the change.
      update: (c, v, items, qc) => qc.setQueryData(gs2Keys.guards(c, v.userName, v.clientId), items),
      invalidates: () => [],
      success: () => t.guardAttached,
    },
    options,
  );
}

export function useDetachGuard(options?: Gs2MutationOptions<string[], GuardVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'detachGuard', {
            params: { userName: v.userName, clientId: v.clientId, guardNamespaceId: v.guardNamespaceId },
          })
        ).items,
      update: (c, v, items, qc) => qc.setQueryData(gs2Keys.guards(c, v.userName, v.clientId), items),
      invalidates: () => [],
      success: () => t.guardDetached,
    },
    options,
  );
}
