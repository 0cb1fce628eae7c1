import { z } from 'zod';

/**
 * Shared pieces of the NHN Cloud ROLE v3 wire format. Every response is HTTP 200 with this header;
 * `isSuccessful` and `resultCode` carry the real outcome.
 */
export const ResponseHeaderSchema = z.object({
  isSuccessful: z.boolean(),
  resultCode: z.number().int(),
  resultMessage: z.string(),
});
export type ResponseHeader = z.infer<typeof ResponseHeaderSchema>;

export const HeaderOnlyResponseSchema = z.object({ header: ResponseHeaderSchema });
export type HeaderOnlyResponse = z.infer<typeof HeaderOnlyResponseSchema>;

/** Wraps a response body shape with the common header. */
export function withHeader<S extends z.ZodRawShape>(shape: S) {
  return z.object({ header: ResponseHeaderSchema, ...shape });
}

/** Java's int: the vendor's Integer fields reject anything wider. */
export const Int32Schema = z.number().int().min(-2_147_483_648).max(2_147_483_647);

/** Optional request field: Jackson accepts both an absent key and an explicit null. */
export const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

export const ROLE_APPLY_POLICY_CODES = ['ALLOW', 'DENY'] as const;
export const RoleApplyPolicyCodeSchema = z.enum(ROLE_APPLY_POLICY_CODES);
export type RoleApplyPolicyCode = z.infer<typeof RoleApplyPolicyCodeSchema>;

export const SEARCH_ROLE_OPTION_CODES = ['DIRECT_ROLE', 'INDIRECT_ROLE'] as const;
export const SearchRoleOptionCodeSchema = z.enum(SEARCH_ROLE_OPTION_CODES);
export type SearchRoleOptionCode = z.infer<typeof SearchRoleOptionCodeSchema>;

export const ATTRIBUTE_OPERATOR_TYPE_CODES = [
  'ALL_CONTAINS',
  'ANY_CONTAINS',
  'NOT_CONTAINS',
  'ANY_MATCH',
  'NONE_MATCH',
  'BETWEEN',
  'BEYOND',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL_TO',
  'ALLOW',
  'NOT_ALLOW',
  'TRUE',
  'FALSE',
] as const;
export const AttributeOperatorTypeCodeSchema = z.enum(ATTRIBUTE_OPERATOR_TYPE_CODES);
export type AttributeOperatorTypeCode = z.infer<typeof AttributeOperatorTypeCodeSchema>;

export const ATTRIBUTE_DATA_TYPE_CODES = [
  'STRING',
  'NUMERIC',
  'DAY_OF_WEEK',
  'DATETIME',
  'TIME',
  'IPADDRESS',
  'BOOLEAN',
] as const;
export const AttributeDataTypeCodeSchema = z.enum(ATTRIBUTE_DATA_TYPE_CODES);
export type AttributeDataTypeCode = z.infer<typeof AttributeDataTypeCodeSchema>;

export const ATTRIBUTE_CREATION_TYPE_CODES = ['COMMON_ATTRIBUTE', 'ROLE_ATTRIBUTE'] as const;
export const AttributeCreationTypeCodeSchema = z.enum(ATTRIBUTE_CREATION_TYPE_CODES);
export type AttributeCreationTypeCode = z.infer<typeof AttributeCreationTypeCodeSchema>;

/** A condition as written in requests (user-role and role-role relations, condition validation). */
export const ConditionProtocolSchema = z.object({
  attributeId: z.string(),
  attributeOperatorTypeCode: AttributeOperatorTypeCodeSchema,
  attributeValues: opt(z.array(z.string())),
});
export type ConditionProtocol = z.infer<typeof ConditionProtocolSchema>;

/** A condition attribute as embedded in responses. */
export const AttributeProtocolSchema = z.object({
  attributeId: z.string(),
  attributeName: z.string().nullish(),
  description: z.string().nullish(),
  attributeCreationTypeCode: AttributeCreationTypeCodeSchema,
  attributeDataTypeCode: AttributeDataTypeCodeSchema,
});
export type AttributeProtocol = z.infer<typeof AttributeProtocolSchema>;

/** A condition as read back: the request form plus the attribute it refers to. */
export const ConditionBundleProtocolSchema = z.object({
  attributeId: z.string(),
  attributeOperatorTypeCode: AttributeOperatorTypeCodeSchema,
  attributeValues: z.array(z.string()).nullish(),
  attribute: AttributeProtocolSchema,
});
export type ConditionBundleProtocol = z.infer<typeof ConditionBundleProtocolSchema>;

export const RoleTagProtocolSchema = z.object({ roleTagId: z.string() });
export type RoleTagProtocol = z.infer<typeof RoleTagProtocolSchema>;

/** An attribute value sent with an authorization check: one value, not a list. */
export const AuthorizationAttributeSchema = z.object({ attributeId: z.string(), attributeValue: z.string() });
export type AuthorizationAttribute = z.infer<typeof AuthorizationAttributeSchema>;

/** Dates are ISO-8601 with milliseconds and an offset, e.g. 2000-01-23T04:56:07.000+00:00. */
export const WireDateSchema = z.string();

/** Paging query of list endpoints: 1-based `page`, `itemsPerPage` (default 10), repeated `sort=prop,DIR`. */
export type PageQuery = { page?: number; itemsPerPage?: number; sort?: string[] };
