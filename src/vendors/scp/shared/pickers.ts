import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { GroupPageResponse } from '../wire/groups';
import { PolicyPageResponse, type Policy } from '../wire/policies';

const ALL = 1000;

/** Lists for "choose groups / policies" pickers: one call each, the largest page SCP accepts. */
const pickerApi = {
  groups: endpoint('GET', '/v1/groups', GroupPageResponse),
  policies: endpoint('GET', '/v1/policies', PolicyPageResponse),
};

export const allGroupsQuery = (c: string) =>
  queryOptions({
    queryKey: scpKeys.allGroups(c),
    queryFn: async ({ signal }) =>
      (await scpCall(c, pickerApi.groups, { query: { page: 0, size: ALL, sort: 'name:asc' }, signal }))
        .groups,
  });

/** Identity-based policies a user or group can be bound to. */
export const bindablePoliciesQuery = (c: string) =>
  queryOptions({
    queryKey: [...scpKeys.policies(c), 'bindable'] as const,
    queryFn: async ({ signal }) =>
      (
        await scpCall(c, pickerApi.policies, {
          query: { page: 0, size: ALL, sort: 'policy_name:asc' },
          signal,
        })
      ).policies,
  });

/** Picker options for policies; the wire marks `id` optional, and a policy without one cannot be bound. */
export const policyOptions = (policies: readonly Policy[] | undefined, exclude: readonly string[] = []) =>
  (policies ?? []).flatMap((p) =>
    p.id && !exclude.includes(p.id)
      ? [{ value: p.id, label: p.policy_name ?? p.id, hint: p.policy_type }]
      : [],
  );
