import { endpoint } from '@/lib/http/vendor-client';
import { HeaderOnlyResponseSchema } from '../wire/common';
import { SearchOperationsResponseSchema } from '../wire/operations';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { pageQuery } from '../shared/paging';
import { catalogIdPattern, type CatalogDef } from './catalog';

const base = '/role/v3.0/appkeys/{appKey}';

export const operationsApi = {
  search: endpoint('POST', `${base}/operations/search`, SearchOperationsResponseSchema),
  create: endpoint('POST', `${base}/operations`, HeaderOnlyResponseSchema),
  update: endpoint('PUT', `${base}/operations/{operationId}`, HeaderOnlyResponseSchema),
  remove: endpoint('DELETE', `${base}/operations/{operationId}`, HeaderOnlyResponseSchema),
};

export const operationsCatalog: CatalogDef = {
  kind: 'operations',
  idPattern: catalogIdPattern(32),
  idMax: 32,
  idSortProperty: 'id.operationId',
  protectedIds: [],
  searchKey: (c, s) => [...roleKeys.operations(c), 'search', s],
  // Authorizations name operations, so the resource views reread theirs too.
  invalidates: (c) => [roleKeys.operations(c), roleKeys.authorizations(c), roleKeys.resources(c)],
  search: async ({ id, appKey }, s, signal) => {
    const res = await roleCall(id, operationsApi.search, {
      params: { appKey },
      query: pageQuery(s),
      json: { operationIdPreLike: s.q.trim() === '' ? undefined : s.q.trim() },
      signal,
    });
    return {
      items: res.operations.map((o) => ({ id: o.operationId, description: o.description })),
      totalItems: res.totalItems,
    };
  },
  create: ({ id, appKey }, item) =>
    roleCall(id, operationsApi.create, {
      params: { appKey },
      json: { operationId: item.id, description: item.description },
    }),
  update: ({ id, appKey }, operationId, description) =>
    roleCall(id, operationsApi.update, { params: { appKey, operationId }, json: { description } }),
  remove: ({ id, appKey }, operationId) =>
    roleCall(id, operationsApi.remove, { params: { appKey, operationId } }),
};
