import type { Password } from '../wire';

/** The four states of a user's console sign-in, in the order a user moves through them. */
export type PasswordState = 'none' | 'password' | 'verifying' | 'enabled';
export const PASSWORD_STATES: readonly PasswordState[] = ['none', 'password', 'verifying', 'enabled'];

export function passwordState(password: Password | null | undefined): PasswordState {
  if (!password) return 'none';
  if (password.enableTwoFactorAuthentication !== 'RFC6238') return 'password';
  return password.twoFactorAuthenticationSetting?.status === 'Enable' ? 'enabled' : 'verifying';
}
