import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { ServiceAccountListResponse, ServiceAccountShowResponse } from '../wire/directory';

/**
 * Read-only service accounts (reference/scp-iam.md §2.I). The detail carries the password, so it is read
 * only on an explicit reveal, through the proxy's audited `secret` route, and never cached.
 */
export const serviceAccountApi = {
  list: endpoint('GET', '/v1/service-accounts', ServiceAccountListResponse),
  get: endpoint('GET', '/v1/service-accounts/{serviceAccountId}', ServiceAccountShowResponse),
};

/** Only filters with a value: SCP treats an empty one as a filter too. */
export type ServiceAccountFilters = { name?: string | undefined; service?: string | undefined };

export const serviceAccountsQuery = (c: string, f: ServiceAccountFilters) =>
  queryOptions({
    queryKey: [...scpKeys.all(c), 'service-accounts', f] as const,
    queryFn: async ({ signal }) =>
      (
        await scpCall(c, serviceAccountApi.list, {
          query: { name: f.name, service: f.service },
          signal,
        })
      ).service_accounts,
  });
