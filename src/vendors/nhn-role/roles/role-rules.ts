import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { HttpError, describeError, type FieldError } from '@/lib/http/errors';
import { applyServerErrors } from '@/components/form';

/** roleId: up to 128 letters, digits and `. _ : -`, a letter or digit at both ends (raised 2023-09-26). */
export const ROLE_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._:-]{0,126}[A-Za-z0-9])?$/;
/** Role tag IDs follow the same characters as role IDs. */
export const ROLE_TAG_PATTERN = ROLE_ID_PATTERN;
const INT32 = { min: -2147483648, max: 2147483647 };

export type RoleFormValues = {
  roleId: string;
  roleName: string;
  roleGroup: string;
  description: string;
  exposureOrder: string;
  tags: string;
};

export const splitTags = (s: string) => [
  ...new Set(
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];

export type RoleRuleText = {
  idInvalid: string;
  tooLong: string;
  orderInvalid: string;
  tagInvalid: (tag: string) => string;
};

/** The vendor's limits (digest §1.4), checked before sending so the reason shows at the field. */
export function roleFormSchema(t: RoleRuleText, editing: boolean) {
  const text = z.string().max(128, t.tooLong);
  return z.object({
    roleId: editing ? z.string() : z.string().trim().regex(ROLE_ID_PATTERN, t.idInvalid),
    roleName: text,
    roleGroup: text,
    description: text,
    exposureOrder: z
      .string()
      .trim()
      .regex(/^-?\d{1,10}$/, t.orderInvalid)
      .refine((v) => Number(v) >= INT32.min && Number(v) <= INT32.max, t.orderInvalid),
    tags: z.string().superRefine((v, ctx) => {
      const bad = splitTags(v).find((x) => !ROLE_TAG_PATTERN.test(x));
      if (bad !== undefined) ctx.addIssue({ code: 'custom', message: t.tagInvalid(bad) });
    }),
  });
}

/** The wire field a ROLE message names, and the form field showing it. */
const NAMED_FIELDS: [string, keyof RoleFormValues][] = [
  ['roleTagId', 'tags'],
  ['roleId', 'roleId'],
  ['roleName', 'roleName'],
  ['roleGroup', 'roleGroup'],
  ['description', 'description'],
  ['exposureOrder', 'exposureOrder'],
];

/** Which form field a ROLE refusal is about: its result code, or the field its message names. */
function fieldOf(err: HttpError): keyof RoleFormValues | undefined {
  if (err.code === '11000' || err.code === '11002') return 'roleId';
  const detail = err.detail ?? '';
  return NAMED_FIELDS.find(([name]) => detail.includes(name))?.[1];
}

/**
 * ROLE answers a refusal with one result code and message, never per-field errors; the field it concerns is
 * recognised here so the message shows under it. Anything else goes to the form's summary.
 */
export function placeRoleError(
  err: unknown,
  setError: UseFormSetError<RoleFormValues>,
  shown: readonly FieldPath<RoleFormValues>[],
): FieldError[] {
  const field = err instanceof HttpError ? fieldOf(err) : undefined;
  if (field && shown.includes(field)) {
    setError(field, { type: 'server', message: describeError(err) }, { shouldFocus: true });
    return [];
  }
  return applyServerErrors(err, setError, { fields: [] });
}
