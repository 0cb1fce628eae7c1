import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { HeaderOnlyResponseSchema } from '../wire/common';
import {
  GetDeniableResponseSchema,
  GetRoleResponseSchema,
  GetRolesResponseSchema,
  GetRoleTagIdsResponseSchema,
  SearchRoleAttributesResponseSchema,
  type GetRolesRequest,
} from '../wire/roles';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { pageQuery, readAll } from '../shared/paging';
import { usersApi } from '../users/api';
import type { RoleConn } from '../shared/use-role-conn';

const base = '/role/v3.0/appkeys/{appKey}';

export const rolesApi = {
  search: endpoint('POST', `${base}/roles/search`, GetRolesResponseSchema),
  get: endpoint('GET', `${base}/roles/{roleId}`, GetRoleResponseSchema),
  deniable: endpoint('GET', `${base}/roles/{roleId}/deniable`, GetDeniableResponseSchema),
  attributes: endpoint(
    'POST',
    `${base}/roles/{roleId}/attributes/search`,
    SearchRoleAttributesResponseSchema,
  ),
  tags: endpoint('GET', `${base}/roles/tags/id`, GetRoleTagIdsResponseSchema),
  create: endpoint('POST', `${base}/roles`, HeaderOnlyResponseSchema),
  update: endpoint('PUT', `${base}/roles/{roleId}`, HeaderOnlyResponseSchema),
  remove: endpoint('DELETE', `${base}/roles/{roleId}`, HeaderOnlyResponseSchema),
  putRelations: endpoint('PUT', `${base}/roles/{roleId}/relations`, HeaderOnlyResponseSchema),
};

export type RoleSearch = {
  page: number;
  itemsPerPage: number;
  sort: string[] | undefined;
  body: GetRolesRequest;
};

export const rolesSearchQuery = ({ id: c, appKey }: RoleConn, s: RoleSearch) =>
  queryOptions({
    queryKey: roleKeys.rolesSearch(c, s),
    queryFn: ({ signal }) =>
      roleCall(c, rolesApi.search, {
        params: { appKey },
        query: pageQuery(s),
        json: { ...s.body, needRoleRelations: true, needRoleTags: true },
        signal,
      }),
    placeholderData: (prev) => prev,
  });

/** Every role with its relations and tags: the graph, the matrix columns and the explanation need them all. */
export const rolesAllQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.rolesAll(c),
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, rolesApi.search, {
          params: { appKey },
          query: pageQuery({ page, itemsPerPage }),
          json: { needRoleRelations: true, needRoleTags: true },
          signal,
        });
        return { items: res.roles, totalItems: res.totalItems };
      }),
  });

export const roleQuery = ({ id: c, appKey }: RoleConn, roleId: string) =>
  queryOptions({
    queryKey: roleKeys.role(c, roleId),
    queryFn: async ({ signal }) =>
      (await roleCall(c, rolesApi.get, { params: { appKey, roleId }, signal })).role,
  });

export const deniableQuery = ({ id: c, appKey }: RoleConn, roleId: string) =>
  queryOptions({
    queryKey: roleKeys.deniable(c, roleId),
    queryFn: async ({ signal }) =>
      (await roleCall(c, rolesApi.deniable, { params: { appKey, roleId }, signal })).deniable,
  });

/** The condition attributes a role may carry in its conditions (COMMON ones and those associated with it). */
export const roleAttributesQuery = ({ id: c, appKey }: RoleConn, roleId: string) =>
  queryOptions({
    queryKey: roleKeys.roleAttributes(c, roleId),
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, rolesApi.attributes, {
          params: { appKey, roleId },
          query: pageQuery({ page, itemsPerPage }),
          json: {},
          signal,
        });
        return { items: res.attributes, totalItems: res.totalItems };
      }),
  });

export const roleTagsQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.roleTags(c),
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, rolesApi.tags, {
          params: { appKey },
          query: pageQuery({ page, itemsPerPage }),
          signal,
        });
        return { items: res.roleTagIds, totalItems: res.totalItems };
      }),
  });

const HOLDERS_SHOWN = 5;

/** The users holding a role directly (any scope): the first few by ID and how many in all. */
export const roleHoldersQuery = ({ id: c, appKey }: RoleConn, roleId: string) =>
  queryOptions({
    queryKey: [...roleKeys.users(c), 'holding', roleId] as const,
    queryFn: async ({ signal }) => {
      const res = await roleCall(c, usersApi.search, {
        params: { appKey },
        query: pageQuery({ page: 1, itemsPerPage: HOLDERS_SHOWN }),
        json: { roleIds: [roleId], searchRoleOptionCode: 'DIRECT_ROLE', needRoleRelations: false },
        signal,
      });
      return { userIds: res.users.map((u) => u.userId), total: res.totalItems };
    },
  });
