import { gs2Call } from '../client';
import { useGs2Text } from '../gs2-text';
import type { EnableMfaResult, Password } from '../wire';
import { gs2Keys } from './keys';
import { useGs2Mutation, type Gs2MutationOptions } from './use-gs2-mutation';

type UserVars = { userName: string };

export function useCreatePassword(options?: Gs2MutationOptions<Password, UserVars & { password: string }>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'createPassword', {
            params: { userName: v.userName },
            json: { password: v.password },
          })
        ).item,
      invalidates: (c, v) => [gs2Keys.password(c, v.userName)],
      success: () => t.passwordCreated,
    },
    { ...options, secret: true },
  );
}

export function useDeletePassword(options?: Gs2MutationOptions<Password, UserVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) => (await gs2Call(c, 'deletePassword', { params: { userName: v.userName } })).item,
      update: (c, v, _r, qc) => qc.setQueryData(gs2Keys.password(c, v.userName), null),
      invalidates: (c, v) => [gs2Keys.password(c, v.userName)],
      success: () => t.passwordDeleted,
    },
    options,
  );
}

/** Starts (or restarts) enrolment; the challenge token carries the TOTP secret and is never cached. */
export function useEnableMfa(options?: Gs2MutationOptions<EnableMfaResult, UserVars>) {
  return useGs2Mutation(
    {
      run: (c, v) => gs2Call(c, 'enableMfa', { params: { userName: v.userName }, json: {} }),
      invalidates: (c, v) => [gs2Keys.password(c, v.userName)],
    },
    { ...options, secret: true },
  );
}

export function useChallengeMfa(options?: Gs2MutationOptions<Password, UserVars & { passcode: string }>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'challengeMfa', {
            params: { userName: v.userName },
            json: { passcode: v.passcode },
          })
        ).item,
      update: (c, v, p, qc) => qc.setQueryData(gs2Keys.password(c, v.userName), p),
      invalidates: (c, v) => [gs2Keys.password(c, v.userName)],
      success: () => t.mfaEnabled,
    },
    options,
  );
}

export function useDisableMfa(options?: Gs2MutationOptions<Password, UserVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) => (await gs2Call(c, 'disableMfa', { params: { userName: v.userName } })).item,
      update: (c, v, p, qc) => qc.setQueryData(gs2Keys.password(c, v.userName), p),
      invalidates: (c, v) => [gs2Keys.password(c, v.userName)],
      success: () => t.mfaDisabled,
    },
    options,
  );
}
