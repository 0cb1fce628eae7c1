import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { ListEndpointsResponse } from '../wire/directory';

export const endpointApi = {
  list: endpoint('GET', '/v1/endpoints', ListEndpointsResponse),
};

/** The endpoints are fixed per environment; one read per session is enough. */
export const endpointsQuery = (c: string) =>
  queryOptions({
    queryKey: scpKeys.endpoints(c),
    queryFn: async ({ signal }) => (await scpCall(c, endpointApi.list, { signal })).endpoints,
    staleTime: 10 * 60_000,
  });
