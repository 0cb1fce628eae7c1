import { z } from 'zod';
import {
  AttributeCreationTypeCodeSchema,
  AttributeDataTypeCodeSchema,
  AttributeOperatorTypeCodeSchema,
  ConditionProtocolSchema,
  SearchRoleOptionCodeSchema,
  WireDateSchema,
  opt,
  withHeader,
} from './common';

/** POST /attributes: the creation type cannot be chosen; API-created attributes are role attributes. */
export const CreateAttributeRequestSchema = z.object({
  attributeId: z.string(),
  attributeDataTypeCode: AttributeDataTypeCodeSchema,
  attributeName: opt(z.string()),
  description: opt(z.string()),
  attributeRoleRelationIds: opt(z.array(z.string())),
  attributeTagIds: opt(z.array(z.string())),
});
export type CreateAttributeRequest = z.infer<typeof CreateAttributeRequestSchema>;

/** PUT /attributes/{attributeId}: present lists replace the stored ones. */
export const UpdateAttributeRequestSchema = CreateAttributeRequestSchema.omit({ attributeId: true });
export type UpdateAttributeRequest = z.infer<typeof UpdateAttributeRequestSchema>;

export const DeleteAttributesRequestSchema = z.object({
  attributeIds: z.array(z.string()),
  forceDelete: opt(z.boolean()),
});

export const AttributeRoleRelationProtocolSchema = z.object({
  attributeId: z.string(),
  roleId: z.string(),
  roleName: z.string().nullish(),
  description: z.string().nullish(),
  roleGroup: z.string().nullish(),
  exposureOrder: z.number().int(),
  regYmdt: WireDateSchema,
});
export const AttributeTagProtocolSchema = z.object({
  attributeId: z.string(),
  attributeTagId: z.string(),
  regYmdt: WireDateSchema,
});

export const AttributeBundleProtocolSchema = z.object({
  attributeId: z.string(),
  attributeName: z.string().nullish(),
  description: z.string().nullish(),
  attributeCreationTypeCode: AttributeCreationTypeCodeSchema,
  attributeDataTypeCode: AttributeDataTypeCodeSchema,
  attributeRoleRelations: z.array(AttributeRoleRelationProtocolSchema),
  attributeTags: z.array(AttributeTagProtocolSchema),
});
export type AttributeBundleProtocol = z.infer<typeof AttributeBundleProtocolSchema>;

export const GetAttributeResponseSchema = withHeader({
  attribute: AttributeBundleProtocolSchema,
  attributeInUse: z.boolean(),
});

/** Body of POST /attributes/id and /attributes/search. */
export const SearchAttributesRequestSchema = z.object({
  attributeIds: opt(z.array(z.string())),
  attributeIdPreLike: opt(z.string()),
  attributeCreationTypeCodes: opt(z.array(AttributeCreationTypeCodeSchema)),
  attributeDataTypeCodes: opt(z.array(AttributeDataTypeCodeSchema)),
  attributeTagIds: opt(z.array(z.string())),
  descriptionLike: opt(z.string()),
  roleIds: opt(z.array(z.string())),
  roleIdPreLike: opt(z.string()),
});
export type SearchAttributesRequest = z.infer<typeof SearchAttributesRequestSchema>;
export const GetAttributeIdsResponseSchema = withHeader({
  attributeIds: z.array(z.string()),
  totalItems: z.number().int(),
});
export const SearchAttributesResponseSchema = withHeader({
  attributes: z.array(AttributeBundleProtocolSchema),
  totalItems: z.number().int(),
});

/** POST /attributes/data-types: which operators each data type allows, and how many values each takes. */
export const AttributeOperatorProtocolSchema = z.object({
  operatorTypeCode: AttributeOperatorTypeCodeSchema,
  min: z.number().int(),
  max: z.number().int(),
});
export const GetAttributeDataTypeResponseSchema = withHeader({
  dataTypes: z.array(
    z.object({ dataType: AttributeDataTypeCodeSchema, operators: z.array(AttributeOperatorProtocolSchema) }),
  ),
});

/** POST /attributes/condition/validate */
export const ValidateConditionValuesRequestSchema = z.object({
  conditions: z.array(ConditionProtocolSchema),
});

/** POST and DELETE /attributes/{attributeId}/roles */
export const AttributeRoleRelationIdsRequestSchema = z.object({
  attributeRoleRelationIds: z.array(z.string()),
});
/** POST /attributes/{attributeId}/roles/search */
export const SearchAttributeRolesRequestSchema = z.object({
  roleIds: opt(z.array(z.string())),
  roleIdPreLike: opt(z.string()),
  searchRoleOptionCode: opt(SearchRoleOptionCodeSchema),
});
export type SearchAttributeRolesRequest = z.infer<typeof SearchAttributeRolesRequestSchema>;
export const SearchAttributeRolesResponseSchema = withHeader({
  attributeRoleRelations: z.array(AttributeRoleRelationProtocolSchema),
  totalItems: z.number().int(),
});

/** POST and DELETE /attributes/{attributeId}/tags */
export const AttributeTagIdsRequestSchema = z.object({ attributeTagIds: z.array(z.string()) });
/** Body of POST /attributes/tags/id and /attributes/tags/search. */
export const SearchAttributeTagsRequestSchema = z.object({
  attributeIds: opt(z.array(z.string())),
  attributeIdPreLike: opt(z.string()),
  attributeTagIds: opt(z.array(z.string())),
  attributeTagIdPreLike: opt(z.string()),
});
export type SearchAttributeTagsRequest = z.infer<typeof SearchAttributeTagsRequestSchema>;
export const GetAttributeTagIdsResponseSchema = withHeader({
  attributeTagIds: z.array(z.string()),
  totalItems: z.number().int(),
});
export const SearchAttributeTagsResponseSchema = withHeader({
  attributeTags: z.array(AttributeTagProtocolSchema),
  totalItems: z.number().int(),
});
