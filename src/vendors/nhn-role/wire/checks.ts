import { z } from 'zod';
import { AuthorizationAttributeSchema, opt, withHeader } from './common';

/**
 * The check endpoints accept `attributes` as a list; NHN's own console example sends a single object,
 * so both forms are read as a list.
 */
const CheckAttributesSchema = z
  .union([z.array(AuthorizationAttributeSchema), AuthorizationAttributeSchema])
  .transform((v) => (Array.isArray(v) ? v : [v]));

/** POST /users/{userId}/authorizations/resources */
export const PostAuthorizationResourceRequestSchema = z.object({
  resources: z.array(
    z.object({
      operationId: z.string(),
      resourceId: opt(z.string()),
      resourcePath: opt(z.string()),
      scopeId: opt(z.string()),
      authRequestId: opt(z.string()),
      attributes: opt(CheckAttributesSchema),
    }),
  ),
});
export type PostAuthorizationResourceRequest = z.infer<typeof PostAuthorizationResourceRequestSchema>;

export const AuthorizationWithResourceProtocolSchema = z.object({
  operationId: z.string(),
  permission: z.boolean(),
  scopeId: z.string(),
  attributes: z.array(AuthorizationAttributeSchema),
  authRequestId: z.string().nullish(),
  resourceId: z.string().nullish(),
  resourcePath: z.string().nullish(),
});
export const PostAuthorizationResourceResponseSchema = withHeader({
  authorizations: z.array(AuthorizationWithResourceProtocolSchema),
});

/** POST /users/{userId}/authorizations/roles */
export const PostAuthorizationRoleRequestSchema = z.object({
  roles: z.array(
    z.object({
      roleId: z.string(),
      scopeId: opt(z.string()),
      authRequestId: opt(z.string()),
      attributes: opt(CheckAttributesSchema),
    }),
  ),
});
export type PostAuthorizationRoleRequest = z.infer<typeof PostAuthorizationRoleRequestSchema>;

export const AuthorizationProtocolSchema = z.object({
  roleId: z.string(),
  scopeId: z.string(),
  permission: z.boolean(),
  attributes: z.array(AuthorizationAttributeSchema),
  authRequestId: z.string().nullish(),
});
export const PostAuthorizationRoleResponseSchema = withHeader({
  authorizations: z.array(AuthorizationProtocolSchema),
});
