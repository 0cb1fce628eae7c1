import { cipCall, formBody } from '../client';
import { useCipText } from '../cip-text';
import { cipKeys } from './keys';
import { useCipMutation, type CipMutationOptions } from './use-cip-mutation';

export type CheckPasswordVars = { uuid: string; password: string };

/** U7: success means the password matches; a mismatch is the vendor's 400 `PasswordMismatch`. */
export function useCheckPassword(options?: CipMutationOptions<void, CheckPasswordVars>) {
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'checkPassword', {
          params: { uuid: v.uuid },
          body: formBody({ password: v.password }),
        });
      },
      invalidates: () => [],
    },
    options,
  );
}

export type ChangePasswordVars = { uid: string; uuid: string; password: string; newPassword: string };

/** U8 needs the current password; the lower-case `newpassword` is the API's spelling. */
export function useChangePassword(options?: CipMutationOptions<void, ChangePasswordVars>) {
  const t = useCipText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'changePassword', {
          params: { uuid: v.uuid },
          body: formBody({ password: v.password, newpassword: v.newPassword }),
        });
      },
      invalidates: (c, v) => [cipKeys.passwordLastChanged(c, v.uid), cipKeys.userDetails(c, v.uuid)],
      success: () => t.passwordChanged,
    },
    options,
  );
}
