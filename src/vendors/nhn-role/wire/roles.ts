import { z } from 'zod';
import {
  AttributeProtocolSchema,
  Int32Schema,
  ConditionBundleProtocolSchema,
  ConditionProtocolSchema,
  RoleApplyPolicyCodeSchema,
  RoleTagProtocolSchema,
  SearchRoleOptionCodeSchema,
  WireDateSchema,
  opt,
  withHeader,
} from './common';

/** A role→related-role relation: the role includes the related role's permissions. */
export const RoleRelationProtocolSchema = z.object({
  relatedRoleId: z.string(),
  roleApplyPolicyCode: opt(RoleApplyPolicyCodeSchema),
  conditions: opt(z.array(ConditionProtocolSchema)),
});
export type RoleRelationProtocol = z.infer<typeof RoleRelationProtocolSchema>;

const RoleMetadataFields = {
  exposureOrder: Int32Schema,
  roleName: opt(z.string()),
  roleGroup: opt(z.string()),
  description: opt(z.string()),
};

/** POST /roles */
export const CreateRoleRequestSchema = z.object({
  role: z.object({ roleId: z.string(), ...RoleMetadataFields }),
  roleRelations: opt(z.array(RoleRelationProtocolSchema)),
  roleTags: opt(z.array(RoleTagProtocolSchema)),
});
export type CreateRoleRequest = z.infer<typeof CreateRoleRequestSchema>;

/** PUT /roles/{roleId}: present lists replace the stored ones. */
export const UpdateRoleRequestSchema = z.object({
  role: opt(z.object(RoleMetadataFields)),
  roleRelations: opt(z.array(RoleRelationProtocolSchema)),
  roleTags: opt(z.array(RoleTagProtocolSchema)),
});
export type UpdateRoleRequest = z.infer<typeof UpdateRoleRequestSchema>;

/** DELETE /roles */
export const DeleteRolesRequestSchema = z.object({ roleIds: z.array(z.string()) });

export const RoleBundleRelationProtocolSchema = z.object({
  roleId: z.string(),
  roleName: z.string().nullish(),
  description: z.string().nullish(),
  roleGroup: z.string().nullish(),
  regDateTime: WireDateSchema,
  roleApplyPolicyCode: RoleApplyPolicyCodeSchema,
  conditions: z.array(ConditionBundleProtocolSchema).nullish(),
  roleTags: z.array(RoleTagProtocolSchema).nullish(),
});

export const RoleBundleProtocolSchema = z.object({
  appKey: z.string(),
  roleId: z.string(),
  roleName: z.string().nullish(),
  roleGroup: z.string().nullish(),
  description: z.string().nullish(),
  exposureOrder: z.number().int(),
  regDateTime: WireDateSchema,
  roleTags: z.array(RoleTagProtocolSchema).nullish(),
  attributes: z.array(AttributeProtocolSchema).nullish(),
  roleRelations: z.array(RoleBundleRelationProtocolSchema).nullish(),
});
export type RoleBundleProtocol = z.infer<typeof RoleBundleProtocolSchema>;

export const GetRoleResponseSchema = withHeader({ role: RoleBundleProtocolSchema });
export const GetDeniableResponseSchema = withHeader({ deniable: z.boolean() });
export const GetRoleIdsResponseSchema = withHeader({
  roleIds: z.array(z.string()),
  totalItems: z.number().int(),
});
export const GetRoleTagIdsResponseSchema = withHeader({
  roleTagIds: z.array(z.string()),
  totalItems: z.number().int(),
});

/** POST /roles/search */
export const GetRolesRequestSchema = z.object({
  roleIds: opt(z.array(z.string())),
  roleIdPreLike: opt(z.string()),
  roleNameLike: opt(z.string()),
  roleGroup: opt(z.string()),
  roleGroupLike: opt(z.string()),
  descriptionLike: opt(z.string()),
  relatedRoleIds: opt(z.array(z.string())),
  roleTagIds: opt(z.array(z.string())),
  roleTagIdExpr: opt(z.string()),
  attributeIds: opt(z.array(z.string())),
  attributeTagIds: opt(z.array(z.string())),
  searchRoleOptionCode: opt(SearchRoleOptionCodeSchema),
  needAttributes: opt(z.boolean()),
  needRoleRelations: opt(z.boolean()),
  needRoleTags: opt(z.boolean()),
});
export type GetRolesRequest = z.infer<typeof GetRolesRequestSchema>;
export const GetRolesResponseSchema = withHeader({
  roles: z.array(RoleBundleProtocolSchema),
  totalItems: z.number().int(),
});

/** POST /roles/{roleId}/attributes/search */
export const SearchRoleAttributesRequestSchema = z.object({
  attributeIds: opt(z.array(z.string())),
  attributeNameLike: opt(z.string()),
  attributeTagIds: opt(z.array(z.string())),
});
export type SearchRoleAttributesRequest = z.infer<typeof SearchRoleAttributesRequestSchema>;
export const SearchRoleAttributesResponseSchema = withHeader({
  attributes: z.array(AttributeProtocolSchema.extend({ attributeTagIds: z.array(z.string()).nullish() })),
  totalItems: z.number().int(),
});

/**
 * POST /roles/{roleId}/containing-roles/search (upstream, added after the seed): roles that include every
 * direct sub-role of the base role, filtered by tags and groups (each list OR-ed).
 */
export const SearchContainingRolesRequestSchema = z.object({
  roleTagIds: opt(z.array(z.string())),
  roleGroups: opt(z.array(z.string())),
});
export const SearchContainingRolesResponseSchema = withHeader({
  roleIds: z.array(z.string()),
  totalItems: z.number().int(),
});

/** POST and PUT /roles/{roleId}/relations */
export const RoleRelationsRequestSchema = z.object({ roleRelations: z.array(RoleRelationProtocolSchema) });
export type RoleRelationsRequest = z.infer<typeof RoleRelationsRequestSchema>;
/** DELETE /roles/{roleId}/relations */
export const DeleteRoleRelationRequestSchema = z.object({ relatedRoleIds: z.array(z.string()) });
