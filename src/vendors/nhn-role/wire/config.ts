import { z } from 'zod';
import { Int32Schema, opt, withHeader } from './common';

export const TRAILING_SLASH_POLICY_CODES = ['IDENTICAL_PATH', 'NON_IDENTICAL_PATH'] as const;
export const TrailingSlashPolicyCodeSchema = z.enum(TRAILING_SLASH_POLICY_CODES);
export type TrailingSlashPolicyCode = z.infer<typeof TrailingSlashPolicyCodeSchema>;

/** The server's view of the Client SDK cache settings. */
export const CacheProtocolSchema = z.object({
  cacheFlushTime: z.string(),
  size: z.number().int(),
  sizeByPath: z.number().int(),
  sizeTree: z.number().int(),
  ttl: z.number().int(),
});

export const GetTenantConfigResponseSchema = withHeader({
  resourcePathTrailingSlashMatchPolicyCode: TrailingSlashPolicyCodeSchema,
  cache: CacheProtocolSchema.nullish(),
});

const CacheNumber = Int32Schema.min(0);

/** PUT /config: every field optional; cacheSizeByPath sizes the path-keyed check cache, cacheSizeTree the hierarchy cache. */
export const UpdateConfigRequestSchema = z.object({
  cacheTtl: opt(CacheNumber),
  cacheSize: opt(CacheNumber),
  cacheSizeByPath: opt(CacheNumber),
  cacheSizeTree: opt(CacheNumber),
  resourcePathTrailingSlashMatchPolicyCode: opt(TrailingSlashPolicyCodeSchema),
});
export type UpdateConfigRequest = z.infer<typeof UpdateConfigRequestSchema>;
