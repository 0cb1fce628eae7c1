import { z } from 'zod';
import { GS2_LIMITS, GS2_NAME_PATTERN, NameSchema, SecurityPolicyNameSchema } from '../wire';
import type { Gs2Text } from '../gs2-text';

/** Each published rule of a user or policy name, checked separately so the form can show them live. */
export function nameRules(value: string) {
  return {
    length: value.length >= 1 && value.length <= GS2_LIMITS.name,
    chars: value === '' || GS2_NAME_PATTERN.test(value),
    dots: value !== '.' && value !== '..',
  };
}

/** The wire's own name schema decides; the messages are the console's. */
export const nameField = (t: Gs2Text, kind: 'user' | 'policy') =>
  z
    .string()
    .min(1, t.nameRequired)
    .refine((v) => NameSchema.safeParse(v).success, t.nameInvalid)
    .refine((v) => kind === 'user' || SecurityPolicyNameSchema.safeParse(v).success, t.nameReserved);

export const descriptionField = (t: Gs2Text) => z.string().max(GS2_LIMITS.description, t.descriptionTooLong);
