import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { SearchAttributesResponseSchema } from '../wire/attributes';
import {
  PostAuthorizationResourceResponseSchema,
  type PostAuthorizationResourceRequest,
} from '../wire/checks';
import { GetTenantConfigResponseSchema } from '../wire/config';
import { SearchOperationsResponseSchema } from '../wire/operations';
import { GetAuthorizationsResponseSchema, PostSearchResourcesResponseSchema } from '../wire/resources';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { pageQuery, readAll } from '../shared/paging';
import type { RoleConn } from '../shared/use-role-conn';

const base = '/role/v3.0/appkeys/{appKey}';

/** What the simulator reads: the real check, and the data its in-browser explanation is computed from. */
export const simulatorApi = {
  checkResources: endpoint(
    'POST',
    `${base}/users/{userId}/authorizations/resources`,
    PostAuthorizationResourceResponseSchema,
  ),
  operations: endpoint('POST', `${base}/operations/search`, SearchOperationsResponseSchema),
  resources: endpoint('POST', `${base}/resources/search`, PostSearchResourcesResponseSchema),
  authorizations: endpoint(
    'GET',
    `${base}/resources/{resourceId}/authorizations`,
    GetAuthorizationsResponseSchema,
  ),
  attributes: endpoint('POST', `${base}/attributes/search`, SearchAttributesResponseSchema),
  config: endpoint('GET', `${base}/config`, GetTenantConfigResponseSchema),
};

export const operationsAllQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.operationsAll(c),
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, simulatorApi.operations, {
          params: { appKey },
          query: pageQuery({ page, itemsPerPage }),
          json: {},
          signal,
        });
        return { items: res.operations, totalItems: res.totalItems };
      }),
  });

export const resourcesAllQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.resourcesAll(c),
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, simulatorApi.resources, {
          params: { appKey },
          query: pageQuery({ page, itemsPerPage }),
          json: {},
          signal,
        });
        return { items: res.resources, totalItems: res.totalItems };
      }),
  });

export const attributesAllQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.attributesAll(c),
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, simulatorApi.attributes, {
          params: { appKey },
          query: pageQuery({ page, itemsPerPage }),
          json: {},
          signal,
        });
        return { items: res.attributes, totalItems: res.totalItems };
      }),
  });

export const configQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.config(c),
    queryFn: ({ signal }) => roleCall(c, simulatorApi.config, { params: { appKey }, signal }),
  });

export const fetchAuthorizations = ({ id: c, appKey }: RoleConn, resourceId: string) =>
  roleCall(c, simulatorApi.authorizations, { params: { appKey, resourceId } }).then((r) => r.authorizations);

export type CheckItem = PostAuthorizationResourceRequest['resources'][number];

export const checkResource = ({ id: c, appKey }: RoleConn, userId: string, item: CheckItem) =>
  roleCall(c, simulatorApi.checkResources, {
    params: { appKey, userId },
    json: { resources: [item] },
  }).then((r) => r.authorizations[0]);
