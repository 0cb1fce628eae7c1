import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys, type ScpPageArgs } from '../queries/keys';
import { RolePageResponse, RoleShowResponse, RoleTrustPolicyShowResponse } from '../wire/roles';
import { ALL } from '../policies/api';

/** Roles and their trust policies (reference/scp-iam.md §2.F). */
export const roleApi = {
  list: endpoint('GET', '/v1/roles', RolePageResponse),
  get: endpoint('GET', '/v1/roles/{roleId}', RoleShowResponse),
  create: endpoint('POST', '/v1/roles', RoleShowResponse),
  set: endpoint('PUT', '/v1/roles/{roleId}', RoleShowResponse),
  setTrust: endpoint('PUT', '/v1/roles/{roleId}/trust-policy', RoleTrustPolicyShowResponse),
  removeMany: endpoint('DELETE', '/v1/roles/bulk', z.unknown()),
};

export const roleKeys = {
  page: (c: string, p: ScpPageArgs) => [...scpKeys.roles(c), 'page', p] as const,
  all: (c: string) => [...scpKeys.roles(c), 'all'] as const,
  one: (c: string, roleId: string) => [...scpKeys.roles(c), 'one', roleId] as const,
};

const present = (filters: Readonly<Record<string, string>> = {}) =>
  Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );

export const rolesPageQuery = (c: string, p: ScpPageArgs) =>
  queryOptions({
    queryKey: roleKeys.page(c, p),
    queryFn: ({ signal }) => {
      const { role_type, ...rest } = present(p.filters);
      // The seed names the type filter role_type, the 1.0 SDK types; both are sent.
      const types = role_type ? { role_type, types: role_type } : {};
      return scpCall(c, roleApi.list, {
        query: { page: p.page, size: p.size, sort: p.sort, ...rest, ...types },
        signal,
      });
    },
    placeholderData: keepPreviousData,
  });

export const allRolesQuery = (c: string) =>
  queryOptions({
    queryKey: roleKeys.all(c),
    queryFn: async ({ signal }) =>
      (await scpCall(c, roleApi.list, { query: { page: 0, size: ALL, sort: 'name:asc' }, signal })).roles,
  });

export const roleQuery = (c: string, roleId: string) =>
  queryOptions({
    queryKey: roleKeys.one(c, roleId),
    queryFn: async ({ signal }) => (await scpCall(c, roleApi.get, { params: { roleId }, signal })).role,
  });
