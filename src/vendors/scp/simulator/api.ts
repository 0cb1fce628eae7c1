import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { GroupPageResponse } from '../wire/groups';
import { ALL } from '../policies/api';

/** Every group with its members and policies: how the simulator finds what a user holds through groups. */
export const simulatorApi = { groups: endpoint('GET', '/v1/groups', GroupPageResponse) };

export const groupsWithMembersQuery = (c: string) =>
  queryOptions({
    queryKey: [...scpKeys.groups(c), 'with-members'] as const,
    queryFn: async ({ signal }) =>
      (await scpCall(c, simulatorApi.groups, { query: { page: 0, size: ALL }, signal })).groups,
  });
