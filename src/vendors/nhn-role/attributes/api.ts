import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { HeaderOnlyResponseSchema } from '../wire/common';
import {
  GetAttributeDataTypeResponseSchema,
  GetAttributeResponseSchema,
  SearchAttributesResponseSchema,
  type CreateAttributeRequest,
} from '../wire/attributes';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { pageQuery } from '../shared/paging';
import type { RoleConn } from '../shared/use-role-conn';

const base = '/role/v3.0/appkeys/{appKey}';

export const attributesApi = {
  search: endpoint('POST', `${base}/attributes/search`, SearchAttributesResponseSchema),
  get: endpoint('GET', `${base}/attributes/{attributeId}`, GetAttributeResponseSchema),
  dataTypes: endpoint('POST', `${base}/attributes/data-types`, GetAttributeDataTypeResponseSchema),
  create: endpoint('POST', `${base}/attributes`, HeaderOnlyResponseSchema),
  update: endpoint('PUT', `${base}/attributes/{attributeId}`, HeaderOnlyResponseSchema),
  removeMany: endpoint('DELETE', `${base}/attributes`, HeaderOnlyResponseSchema),
};

export type AttributeSearch = { page: number; itemsPerPage: number; sort: string[] | undefined; q: string };

export const attributesSearchQuery = ({ id: c, appKey }: RoleConn, s: AttributeSearch) =>
  queryOptions({
    queryKey: [...roleKeys.attributes(c), 'search', s],
    queryFn: ({ signal }) =>
      roleCall(c, attributesApi.search, {
        params: { appKey },
        query: pageQuery(s),
        json: { attributeIdPreLike: s.q.trim() === '' ? undefined : s.q.trim() },
        signal,
      }),
    placeholderData: (prev) => prev,
  });

export const dataTypesQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.dataTypes(c),
    queryFn: ({ signal }) => roleCall(c, attributesApi.dataTypes, { params: { appKey }, json: {}, signal }),
    staleTime: Infinity,
  });

export const fetchAttribute = ({ id: c, appKey }: RoleConn, attributeId: string) =>
  roleCall(c, attributesApi.get, { params: { appKey, attributeId } });

export const createAttribute = ({ id: c, appKey }: RoleConn, json: CreateAttributeRequest) =>
  roleCall(c, attributesApi.create, { params: { appKey }, json });

export const updateAttribute = ({ id: c, appKey }: RoleConn, json: CreateAttributeRequest) => {
  const { attributeId, ...rest } = json;
  return roleCall(c, attributesApi.update, { params: { appKey, attributeId }, json: rest });
};

/** The bulk form is the one that takes `forceDelete`, which strips the conditions using the attribute. */
export const deleteAttribute = ({ id: c, appKey }: RoleConn, attributeId: string, forceDelete: boolean) =>
  roleCall(c, attributesApi.removeMany, {
    params: { appKey },
    json: { attributeIds: [attributeId], forceDelete },
  });
