import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { useScpMutation, type ScpMutationOptions } from '../queries/use-scp-mutation';
import type { AccessKeyCreateRequest } from '../wire/access-keys';
import { accessKeyApi } from './api';
import { useKeysText } from './keys-text';

/** What a create returns to the page: the new key and its secret, to be shown once and dropped. */
export type NewKey = { id: string; accessKey: string; secretKey: string; type: string; expires: string };

const create = async (c: string, body: AccessKeyCreateRequest): Promise<NewKey> => {
  const k = (await scpCall(c, accessKeyApi.create, { json: body })).access_key;
  return {
    id: k.id,
    accessKey: k.access_key,
    secretKey: k.secret_key,
    type: k.access_key_type,
    expires: k.expiration_timestamp,
  };
};

/** The result holds the secret: the mutation keeps nothing (gcTime 0) and the caller resets it at once. */
export function useCreateAccessKey(options?: ScpMutationOptions<NewKey, AccessKeyCreateRequest>) {
  return useScpMutation(
    { run: create, invalidates: (c) => [scpKeys.accessKeys(c), scpKeys.accountId(c)] },
    { ...options, secret: true },
  );
}

export function useSendOtp(options?: ScpMutationOptions<unknown, { method: 'EMAIL' | 'PHONE' }>) {
  const t = useKeysText();
  return useScpMutation(
    {
      run: (c, v) => scpCall(c, accessKeyApi.sendOtp, { json: { method: v.method, locale: t.otpLocale } }),
      invalidates: () => [],
      success: (v) => t.otpSent(v.method),
    },
    options,
  );
}

type KeyRef = { keyId: string; label: string };

export function useSetKeyEnabled(options?: ScpMutationOptions<unknown, KeyRef & { enabled: boolean }>) {
  const t = useKeysText();
  return useScpMutation(
    {
      // The answer carries the secret again; it is not kept.
      run: async (c, v) => {
        await scpCall(c, accessKeyApi.update, {
          params: { accessKeyId: v.keyId },
          json: { is_enabled: v.enabled },
        });
      },
      invalidates: (c) => [scpKeys.accessKeys(c)],
      success: (v) => (v.enabled ? t.enabled(v.label) : t.disabled(v.label)),
    },
    options,
  );
}

export const deleteKeyCall = (c: string, keyId: string) =>
  scpCall(c, accessKeyApi.remove, { params: { accessKeyId: keyId } });

export function useDeleteAccessKey(options?: ScpMutationOptions<unknown, KeyRef>) {
  const t = useKeysText();
  return useScpMutation(
    {
      run: (c, v) => deleteKeyCall(c, v.keyId),
      update: (c, v, qc) => qc.removeQueries({ queryKey: scpKeys.accessKey(c, v.keyId) }),
      invalidates: (c) => [scpKeys.accessKeys(c)],
      success: (v) => t.deleted(v.label),
    },
    options,
  );
}
