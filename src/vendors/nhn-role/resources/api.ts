import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { HeaderOnlyResponseSchema } from '../wire/common';
import {
  GetAuthorizationsResponseSchema,
  SearchResourceHierarchyResponseSchema,
  type CreateResourceRequest,
  type UpdateResourceRequest,
} from '../wire/resources';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import type { RoleConn } from '../shared/use-role-conn';

const base = '/role/v3.0/appkeys/{appKey}';

/** The resource tree and its role × operation authorizations (digest §2.7–§2.9). */
export const resourcesApi = {
  hierarchy: endpoint('POST', `${base}/resources/hierarchy/search`, SearchResourceHierarchyResponseSchema),
  create: endpoint('POST', `${base}/resources`, HeaderOnlyResponseSchema),
  update: endpoint('PUT', `${base}/resources/{resourceId}`, HeaderOnlyResponseSchema),
  removeMany: endpoint('DELETE', `${base}/resources`, HeaderOnlyResponseSchema),
  authorizations: endpoint(
    'GET',
    `${base}/resources/{resourceId}/authorizations`,
    GetAuthorizationsResponseSchema,
  ),
  grant: endpoint('POST', `${base}/resources/{resourceId}/authorizations`, HeaderOnlyResponseSchema),
  revoke: endpoint('DELETE', `${base}/resources/{resourceId}/authorizations`, HeaderOnlyResponseSchema),
};

/** The whole uiPath forest in one call: with no filter ROLE answers every node, children nested. */
export const resourceTreeQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.resourceTree(c),
    queryFn: ({ signal }) =>
      roleCall(c, resourcesApi.hierarchy, { params: { appKey }, json: {}, signal }).then((r) => r.resources),
  });

export type MenuFilter = { userId: string; operationId: string; scopeId: string };

/**
 * The tree as `userId` would see it as a menu for `operationId` in `scopeId`: ROLE keeps a node when the
 * user's roles (inherited ones included) may perform the operation there, and drops a rejected node with
 * everything under it, which is why grants propagate to parents.
 */
export const resourceMenuQuery = ({ id: c, appKey }: RoleConn, f: MenuFilter) =>
  queryOptions({
    queryKey: roleKeys.resourceMenu(c, f),
    queryFn: ({ signal }) =>
      roleCall(c, resourcesApi.hierarchy, {
        params: { appKey },
        json: { userIds: [f.userId], operationIds: [f.operationId], scopeIds: [f.scopeId] },
        signal,
      }).then((r) => r.resources),
  });

export const authorizationsQuery = ({ id: c, appKey }: RoleConn, resourceId: string) =>
  queryOptions({
    queryKey: roleKeys.resourceAuthorizations(c, resourceId),
    queryFn: ({ signal }) =>
      roleCall(c, resourcesApi.authorizations, { params: { appKey, resourceId }, signal }).then(
        (r) => r.authorizations,
      ),
  });

export const createResource = ({ id: c, appKey }: RoleConn, json: CreateResourceRequest) =>
  roleCall(c, resourcesApi.create, { params: { appKey }, json });

export const updateResource = (
  { id: c, appKey }: RoleConn,
  resourceId: string,
  json: UpdateResourceRequest,
) => roleCall(c, resourcesApi.update, { params: { appKey, resourceId }, json });

/** One all-or-nothing call: ROLE deletes every listed resource or none. */
export const deleteResources = ({ id: c, appKey }: RoleConn, resourceIds: string[]) =>
  roleCall(c, resourcesApi.removeMany, { params: { appKey }, json: { resourceIds } });

export type GrantArgs = { resourceId: string; operationId: string; roleId: string };

export const grantAuthorization = (
  { id: c, appKey }: RoleConn,
  { resourceId, ...grant }: GrantArgs,
  propagation: boolean,
) =>
  roleCall(c, resourcesApi.grant, {
    params: { appKey, resourceId },
    json: { ...grant, propagation },
  });

/** ROLE takes the grant to remove as query parameters, not a body. */
export const revokeAuthorization = ({ id: c, appKey }: RoleConn, { resourceId, ...grant }: GrantArgs) =>
  roleCall(c, resourcesApi.revoke, { params: { appKey, resourceId }, query: grant });
