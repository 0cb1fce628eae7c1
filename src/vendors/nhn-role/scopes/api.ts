import { endpoint } from '@/lib/http/vendor-client';
import { HeaderOnlyResponseSchema } from '../wire/common';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { sharedApi } from '../shared/api';
import { pageQuery } from '../shared/paging';
import { catalogIdPattern, type CatalogDef } from '../operations/catalog';

const base = '/role/v3.0/appkeys/{appKey}';

export const scopesApi = {
  create: endpoint('POST', `${base}/scopes`, HeaderOnlyResponseSchema),
  update: endpoint('PUT', `${base}/scopes/{scopeId}`, HeaderOnlyResponseSchema),
  remove: endpoint('DELETE', `${base}/scopes/{scopeId}`, HeaderOnlyResponseSchema),
};

export const scopesCatalog: CatalogDef = {
  kind: 'scopes',
  idPattern: catalogIdPattern(36),
  idMax: 36,
  idSortProperty: 'id.scopeId',
  // The vendor refuses any change to the built-in default scope (13002); the list does not offer one.
  protectedIds: ['ALL'],
  searchKey: (c, s) => [...roleKeys.scopes(c), 'search', s],
  // Deleting a scope removes the user relations in it.
  invalidates: (c) => [roleKeys.scopes(c), roleKeys.users(c)],
  search: async ({ id, appKey }, s, signal) => {
    const res = await roleCall(id, sharedApi.searchScopes, {
      params: { appKey },
      query: pageQuery(s),
      json: { scopeIdPreLike: s.q.trim() === '' ? undefined : s.q.trim() },
      signal,
    });
    return {
      items: res.scopes.map((x) => ({ id: x.scopeId, description: x.description })),
      totalItems: res.totalItems,
    };
  },
  create: ({ id, appKey }, item) =>
    roleCall(id, scopesApi.create, {
      params: { appKey },
      json: { scopeId: item.id, description: item.description },
    }),
  update: ({ id, appKey }, scopeId, description) =>
    roleCall(id, scopesApi.update, { params: { appKey, scopeId }, json: { description } }),
  remove: ({ id, appKey }, scopeId) => roleCall(id, scopesApi.remove, { params: { appKey, scopeId } }),
};
