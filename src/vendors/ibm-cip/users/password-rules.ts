import { z } from 'zod';
import { HttpError } from '@/lib/http/errors';

/** The API leaves policy to the caller ("make client-side password validation checks"): these are ours. */
export const PASSWORD_MIN = 8;

export type PasswordText = {
  required: string;
  tooShort: (n: number) => string;
  needsMix: string;
  sameAsCurrent: string;
  mismatch: string;
};

export function changePasswordSchema(t: PasswordText) {
  return z
    .object({
      password: z.string().min(1, t.required),
      newPassword: z
        .string()
        .min(PASSWORD_MIN, t.tooShort(PASSWORD_MIN))
        .max(256)
        .regex(/[A-Za-z]/, t.needsMix)
        .regex(/[^A-Za-z]/, t.needsMix),
      confirm: z.string(),
    })
    .refine((v) => v.newPassword !== v.password, { path: ['newPassword'], message: t.sameAsCurrent })
    .refine((v) => v.confirm === v.newPassword, { path: ['confirm'], message: t.mismatch });
}

/** The vendor's specific refusals of a password call, told apart so the message says what to do. */
export function passwordFailure(err: unknown): 'mismatch' | 'locked' | 'inactive' | 'policy' | undefined {
  if (!(err instanceof HttpError)) return undefined;
  if (err.code === 'PasswordMismatch') return 'mismatch';
  if (err.code === 'PasswordLocked') return 'locked';
  if (err.code === 'AccountInactive') return 'inactive';
  if (err.code === 'PasswordPolicyError') return 'policy';
  // Chapter 5: a 403 means an expired account or a locked password.
  if (err.status === 403) return 'locked';
  return undefined;
}
