import { z } from 'zod';
import { AttributeProtocolSchema, SearchRoleOptionCodeSchema, opt, withHeader } from './common';

export const ResourceProtocolSchema = z.object({
  resourceId: z.string(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  path: z.string(),
  uiPath: z.string(),
  priority: z.number().int(),
  metadata: z.string().nullish(),
});
export type ResourceProtocol = z.infer<typeof ResourceProtocolSchema>;

const ResourceWriteFields = {
  path: z.string(),
  uiPath: z.string(),
  priority: z.number().int(),
  name: opt(z.string()),
  description: opt(z.string()),
  metadata: opt(z.string()),
};

/** POST /resources: resourceId is generated when absent. */
export const CreateResourceRequestSchema = z.object({ resourceId: opt(z.string()), ...ResourceWriteFields });
export type CreateResourceRequest = z.infer<typeof CreateResourceRequestSchema>;
/** PUT /resources/{resourceId}: newResourceId renames the resource. */
export const UpdateResourceRequestSchema = z.object({
  newResourceId: opt(z.string()),
  ...ResourceWriteFields,
});
export type UpdateResourceRequest = z.infer<typeof UpdateResourceRequestSchema>;
export const DeleteResourcesRequestSchema = z.object({ resourceIds: z.array(z.string()) });

export const GetResourceResponseSchema = withHeader({ resource: ResourceProtocolSchema });

/** POST /resources/id (the seed's descriptions of these fields are rotated by one row). */
export const GetAllResourceIdsRequestSchema = z.object({
  operationIds: opt(z.array(z.string())),
  resourceIdPreLike: opt(z.string()),
  roleIds: opt(z.array(z.string())),
  userIds: opt(z.array(z.string())),
});
export type GetAllResourceIdsRequest = z.infer<typeof GetAllResourceIdsRequestSchema>;
export const GetAllResourceIdsResponseSchema = withHeader({
  resourceIds: z.array(z.string()),
  totalItems: z.number().int(),
});

/** POST /resources/attributes/search: the attributes that matter when checking (resource, operation). */
export const SearchResourceAttributesRequestSchema = z.object({
  operationId: z.string(),
  resourceId: opt(z.string()),
  resourcePath: opt(z.string()),
});
export const SearchResourceAttributesResponseSchema = withHeader({
  attributes: z.array(AttributeProtocolSchema),
  totalItems: z.number().int(),
});

/** POST /resources/search */
export const PostSearchResourcesRequestSchema = z.object({
  resourceIds: opt(z.array(z.string())),
  resourceIdPreLike: opt(z.string()),
  resourcePath: opt(z.string()),
  resourcePathLike: opt(z.string()),
  resourcePaths: opt(z.array(z.string())),
  resourceUiPath: opt(z.string()),
  resourceUiPaths: opt(z.array(z.string())),
  operationIds: opt(z.array(z.string())),
  roleIds: opt(z.array(z.string())),
  scopeIds: opt(z.array(z.string())),
  userIds: opt(z.array(z.string())),
  searchRoleOptionCode: opt(SearchRoleOptionCodeSchema),
});
export type PostSearchResourcesRequest = z.infer<typeof PostSearchResourcesRequestSchema>;
export const PostSearchResourcesResponseSchema = withHeader({
  resources: z.array(ResourceProtocolSchema),
  totalItems: z.number().int(),
});

/** GET /resources/{resourceId}/sub-resources pages with offset/limit, unlike every other list. */
export const GetSubResourcesResponseSchema = withHeader({
  resources: z.array(ResourceProtocolSchema),
  totalItemCount: z.number().int(),
});

/** POST /resources/hierarchy/search (the seed's English descriptions are rotated; the Korean ones are right). */
export const SearchResourceHierarchyRequestSchema = z.object({
  resourceIds: opt(z.array(z.string())),
  resourcePath: opt(z.string()),
  resourceUiPath: opt(z.string()),
  operationIds: opt(z.array(z.string())),
  roleIds: opt(z.array(z.string())),
  userIds: opt(z.array(z.string())),
  scopeIds: opt(z.array(z.string())),
});
export type SearchResourceHierarchyRequest = z.infer<typeof SearchResourceHierarchyRequestSchema>;

export type ResourceHierarchyProtocol = ResourceProtocol & {
  resources?: ResourceHierarchyProtocol[] | null | undefined;
};
export const ResourceHierarchyProtocolSchema: z.ZodType<ResourceHierarchyProtocol> = z.lazy(() =>
  ResourceProtocolSchema.extend({ resources: z.array(ResourceHierarchyProtocolSchema).nullish() }),
);
export const SearchResourceHierarchyResponseSchema = withHeader({
  resources: z.array(ResourceHierarchyProtocolSchema),
});

/** POST /resources/{resourceId}/authorizations; propagation also grants every ancestor but the root. */
export const AddAuthorizationRequestSchema = z.object({
  operationId: z.string(),
  roleId: z.string(),
  propagation: opt(z.boolean()),
});
export const ResourceAuthorizationProtocolSchema = z.object({
  resourceId: z.string(),
  operationId: z.string(),
  roleId: z.string(),
});
export const GetAuthorizationsResponseSchema = withHeader({
  authorizations: z.array(ResourceAuthorizationProtocolSchema),
});
