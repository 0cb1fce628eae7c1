import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { HeaderOnlyResponseSchema } from '../wire/common';
import {
  GetUserHistoryResponseSchema,
  GetUserResponseSchema,
  SearchUserResponseSchema,
  type SearchUserRequest,
  type UserHistoryType,
} from '../wire/users';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { pageQuery, readAll } from '../shared/paging';
import type { RoleConn } from '../shared/use-role-conn';

const base = '/role/v3.0/appkeys/{appKey}';

export const usersApi = {
  search: endpoint('POST', `${base}/users/search`, SearchUserResponseSchema),
  get: endpoint('GET', `${base}/users/{userId}`, GetUserResponseSchema),
  histories: endpoint('GET', `${base}/users/{userId}/histories`, GetUserHistoryResponseSchema),
  create: endpoint('POST', `${base}/users`, HeaderOnlyResponseSchema),
  remove: endpoint('DELETE', `${base}/users/{userId}`, HeaderOnlyResponseSchema),
  putScope: endpoint('PUT', `${base}/users/{userId}/scopes/{scopeId}`, HeaderOnlyResponseSchema),
};

export type UserSearch = {
  page: number;
  itemsPerPage: number;
  sort: string[] | undefined;
  body: SearchUserRequest;
};

export const usersSearchQuery = ({ id: c, appKey }: RoleConn, s: UserSearch) =>
  queryOptions({
    queryKey: roleKeys.usersSearch(c, s),
    queryFn: ({ signal }) =>
      roleCall(c, usersApi.search, {
        params: { appKey },
        query: pageQuery(s),
        json: { ...s.body, needRoleRelations: false, needRoleCount: true },
        signal,
      }),
    placeholderData: (prev) => prev,
  });

/** Reads one user with its direct relations (every scope): what the detail page and the PUT start from. */
export function fetchUser({ id: c, appKey }: RoleConn, userId: string, signal?: AbortSignal) {
  return roleCall(c, usersApi.get, {
    params: { appKey, userId },
    query: { searchRoleOptionCode: 'DIRECT_ROLE' },
    ...(signal ? { signal } : {}),
  }).then((r) => r.user);
}

export const userQuery = (conn: RoleConn, userId: string) =>
  queryOptions({
    queryKey: roleKeys.user(conn.id, userId),
    queryFn: ({ signal }) => fetchUser(conn, userId, signal),
  });

export type HistoryFilter = {
  page: number;
  itemsPerPage: number;
  historyType: UserHistoryType | '';
  scopeId: string;
};

export const userHistoryQuery = ({ id: c, appKey }: RoleConn, userId: string, f: HistoryFilter) =>
  queryOptions({
    queryKey: roleKeys.userHistory(c, userId, f),
    queryFn: ({ signal }) =>
      roleCall(c, usersApi.histories, {
        params: { appKey, userId },
        query: {
          ...pageQuery(f),
          historyType: f.historyType || undefined,
          scopeId: f.scopeId || undefined,
        },
        signal,
      }),
    placeholderData: (prev) => prev,
  });

/** Every user with a relation in `scopeId`, relations included: the rows of the matrix and of "who can". */
export const scopeMembersQuery = ({ id: c, appKey }: RoleConn, scopeId: string) =>
  queryOptions({
    queryKey: roleKeys.scopeMembers(c, scopeId),
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, usersApi.search, {
          params: { appKey },
          query: pageQuery({ page, itemsPerPage }),
          json: { scopeIds: [scopeId], needRoleRelations: true },
          signal,
        });
        return { items: res.users, totalItems: res.totalItems };
      }),
  });
