import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { HeaderOnlyResponseSchema } from '../wire/common';
import { GetTenantConfigResponseSchema, type UpdateConfigRequest } from '../wire/config';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { useRoleMutation, type RoleMutationOptions } from '../queries/use-role-mutation';
import type { RoleConn } from '../shared/use-role-conn';
import { useConfigText } from './config-text';

const base = '/role/v3.0/appkeys/{appKey}';

export const configApi = {
  get: endpoint('GET', `${base}/config`, GetTenantConfigResponseSchema),
  update: endpoint('PUT', `${base}/config`, HeaderOnlyResponseSchema),
  evict: endpoint('PUT', `${base}/config/cache-evict`, HeaderOnlyResponseSchema),
};

export const configQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: roleKeys.config(c),
    queryFn: ({ signal }) => roleCall(c, configApi.get, { params: { appKey }, signal }),
  });

export function useUpdateConfig(conn: RoleConn, options?: RoleMutationOptions<unknown, UpdateConfigRequest>) {
  const t = useConfigText();
  return useRoleMutation(
    {
      run: (c, json) => roleCall(c, configApi.update, { params: { appKey: conn.appKey }, json }),
      invalidates: (c) => [roleKeys.config(c)],
      success: () => t.saved,
    },
    options,
  );
}

export const evictCaches = ({ id, appKey }: RoleConn) =>
  roleCall(id, configApi.evict, { params: { appKey } });
