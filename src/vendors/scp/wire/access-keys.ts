import { z } from 'zod';
import { ScpDateTime } from './common';

export const ACCESS_KEY_TYPES = ['PERMANENT', 'TEMPORARY', 'SECRET_VAULT_TEMPORARY'] as const;
/** The expiry SCP shows for a key that never expires. */
export const NEVER_EXPIRES = '9999-12-31T23:59:59Z';

export const AccessKey = z.object({
  access_key: z.string(),
  access_key_type: z.enum(ACCESS_KEY_TYPES),
  account_id: z.string(),
  created_at: ScpDateTime,
  created_by: z.string(),
  description: z.string().nullish(),
  expiration_timestamp: ScpDateTime,
  id: z.string(),
  is_enabled: z.boolean(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  parent_access_key_id: z.string().nullable(),
  secret_key: z.string(),
});
export type AccessKey = z.infer<typeof AccessKey>;

/** ISO 8601 duration such as `P1Y2M10DT2H30M15S` (weeks too); at least one part is required. */
export const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export const AccessKeyCreateRequest = z.object({
  access_key_type: z.enum(['PERMANENT', 'TEMPORARY']),
  account_id: z.string().nullish(),
  description: z.string().max(1000).nullish(),
  duration: z.string().regex(ISO_DURATION, 'An ISO 8601 duration such as P1Y2M10DT2H30M15S.').nullish(),
  parent_access_key_id: z.string().nullish(),
  passcode: z.string().nullish(),
});
export type AccessKeyCreateRequest = z.infer<typeof AccessKeyCreateRequest>;

export const AccessKeyOtpRequest = z.object({
  locale: z.enum(['ko_KR', 'en_US']).nullish(),
  method: z.enum(['PHONE', 'EMAIL']).nullish(),
});
export const AccessKeyUpdateRequest = z.object({ is_enabled: z.boolean().default(true) });
export const AccessKeyResponse = z.object({ access_key: AccessKey });

export const Link = z.object({ href: z.string(), rel: z.string() });
export const ListAccessKeyResponse = z.object({
  access_keys: z.array(AccessKey),
  count: z.number().int().nullish(),
  links: z.array(Link).nullish(),
});
export type ListAccessKeyResponse = z.infer<typeof ListAccessKeyResponse>;

export const ListAccessKeyRemoveRequest = z.object({
  ids: z.array(z.string().min(1)).min(1),
  limit: z.number().int().min(0).nullish(),
  marker: z.string().nullish(),
  sort: z.string().nullish(),
  with_count: z.string().nullish(),
});
