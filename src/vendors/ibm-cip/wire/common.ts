import { z } from 'zod';

/**
 * The two response styles of the CIP API. The "classic" resources (users, kba, groups, services,
 * verificationToken) answer `{"status":"success", ...}`; the self-service and identities resources wrap a
 * status object instead. Both are reproduced exactly, so every response schema is built from these.
 */
export const ClassicStatusSchema = z.enum(['success', 'result_limit_exceeded']);

export const ClassicOkSchema = z.object({ status: z.literal('success') });
export type ClassicOk = z.infer<typeof ClassicOkSchema>;

/** Lists of users, groups and services count with `total_count`. */
export function classicList<T extends z.ZodType>(item: T) {
  return z.object({
    status: ClassicStatusSchema,
    total_count: z.number().int().nonnegative(),
    entries: z.array(item),
  });
}

/** KBA lists and token types count with `totalCount`, as their examples do. */
export function classicListCamel<T extends z.ZodType>(item: T) {
  return z.object({
    status: ClassicStatusSchema,
    totalCount: z.number().int().nonnegative(),
    entries: z.array(item),
  });
}

export function classicEntry<T extends z.ZodType>(entry: T) {
  return z.object({ status: z.literal('success'), entry });
}

export const NameListSchema = classicList(z.string());
export type NameList = z.infer<typeof NameListSchema>;

/** Chapter 5 error body of the classic resources. */
export const CipErrorSchema = z.object({
  status: z.number().int(),
  code: z.number().int(),
  message: z.string(),
  developerMessage: z.string(),
});
export type CipError = z.infer<typeof CipErrorSchema>;

/** The status object of the self-service and identities resources. */
export const StatusObjectSchema = z.object({
  success: z.boolean(),
  apiError: z.boolean(),
  message: z.string(),
  errors: z.record(z.string(), z.string()),
});
export type StatusObject = z.infer<typeof StatusObjectSchema>;

export function wrapped<S extends z.ZodRawShape>(shape: S) {
  return z.object({ status: StatusObjectSchema, ...shape });
}

export const WrappedOkSchema = wrapped({});
export type WrappedOk = z.infer<typeof WrappedOkSchema>;

/** `updateDefaultLanguage` alone says `"message":"success"` and names the map `error`. */
export const DefaultLanguageResultSchema = z.object({
  status: z.object({
    success: z.boolean(),
    apiError: z.boolean(),
    message: z.string(),
    error: z.record(z.string(), z.string()),
  }),
});
export type DefaultLanguageResult = z.infer<typeof DefaultLanguageResultSchema>;

/** OAuth: token response and the Spring-style 401/400 bodies. */
export const TokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('bearer'),
  expires_in: z.number().int().nonnegative(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export const OAuthErrorSchema = z.object({ error: z.string(), error_description: z.string() });
export type OAuthError = z.infer<typeof OAuthErrorSchema>;

/** The examples send booleans and numbers as strings ("false", "3"); requests accept both. */
export const LooseBooleanSchema = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i)
    .transform((s) => s.toLowerCase() === 'true'),
]);

export const LooseIntSchema = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number),
]);

/** `maxRequired` is sent as "" in the example: empty means "not set". */
export const LooseOptionalIntSchema = z.union([
  LooseIntSchema,
  z.literal('').transform(() => null),
  z.null(),
]);
