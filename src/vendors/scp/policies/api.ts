import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys, type ScpPageArgs } from '../queries/keys';
import { PolicyBindingPageResponse, PolicyPageResponse, PolicyShowResponse } from '../wire/policies';

/** Identity-based policies (reference/scp-iam.md §2.E) and their bindings. */
export const policyApi = {
  list: endpoint('GET', '/v1/policies', PolicyPageResponse),
  get: endpoint('GET', '/v1/policies/{policyId}', PolicyShowResponse),
  create: endpoint('POST', '/v1/policies', PolicyShowResponse),
  set: endpoint('PUT', '/v1/policies/{policyId}', PolicyShowResponse),
  removeMany: endpoint('DELETE', '/v1/policies/bulk', z.unknown()),
  bindings: endpoint('GET', '/v1/policies/{policyId}/bindings', PolicyBindingPageResponse),
  setBindings: endpoint('PUT', '/v1/policies/{policyId}/bindings', PolicyBindingPageResponse),
};

/** The largest page SCP's lists accept; pickers, the simulator and the matrix read everything at once. */
export const ALL = 1000;

export const policyKeys = {
  page: (c: string, p: ScpPageArgs) => [...scpKeys.policies(c), 'page', p] as const,
  all: (c: string) => [...scpKeys.policies(c), 'all'] as const,
  one: (c: string, policyId: string) => [...scpKeys.policies(c), 'one', policyId] as const,
  bindings: (c: string, policyId: string) => [...scpKeys.policies(c), 'one', policyId, 'bindings'] as const,
};

const present = (filters: Readonly<Record<string, string>> = {}) =>
  Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );

export const policiesPageQuery = (c: string, p: ScpPageArgs) =>
  queryOptions({
    queryKey: policyKeys.page(c, p),
    queryFn: ({ signal }) =>
      scpCall(c, policyApi.list, {
        query: { page: p.page, size: p.size, sort: p.sort, ...present(p.filters) },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const allPoliciesQuery = (c: string) =>
  queryOptions({
    queryKey: policyKeys.all(c),
    queryFn: async ({ signal }) =>
      (await scpCall(c, policyApi.list, { query: { page: 0, size: ALL, sort: 'policy_name:asc' }, signal }))
        .policies,
  });

export const policyQuery = (c: string, policyId: string) =>
  queryOptions({
    queryKey: policyKeys.one(c, policyId),
    queryFn: ({ signal }) => scpCall(c, policyApi.get, { params: { policyId }, signal }),
  });

export type IdentityType = 'USER' | 'GROUP' | 'ROLE';

/** The ids of one type of identity a policy is bound to. */
export const policyBindingsQuery = (c: string, policyId: string, type: IdentityType) =>
  queryOptions({
    queryKey: [...policyKeys.bindings(c, policyId), type] as const,
    queryFn: async ({ signal }) => {
      const page = await scpCall(c, policyApi.bindings, {
        params: { policyId },
        query: { identity_type: type, page: 0, size: ALL },
        signal,
      });
      const items = type === 'USER' ? page.users : type === 'GROUP' ? page.groups : page.roles;
      return new Set((items ?? []).map((x) => x.id));
    },
  });
