import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { SearchScopesResponseSchema } from '../wire/scopes';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { pageQuery, readAll } from './paging';
import type { RoleConn } from './use-role-conn';

/** Endpoints every area reads: the scope list behind the shared scope picker. */
export const sharedApi = {
  searchScopes: endpoint('POST', '/role/v3.0/appkeys/{appKey}/scopes/search', SearchScopesResponseSchema),
};

export const scopesAllQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.scopesAll(c),
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, sharedApi.searchScopes, {
          params: { appKey },
          query: pageQuery({ page, itemsPerPage }),
          json: {},
          signal,
        });
        return { items: res.scopes, totalItems: res.totalItems };
      }),
  });
