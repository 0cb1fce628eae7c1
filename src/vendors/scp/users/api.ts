import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys, type ScpPageArgs } from '../queries/keys';
import { UserPolicyPageResponse, UserPolicyResponse } from '../wire/policies';
import {
  IAMCreateUserResponse,
  IAMUserDetailResponse,
  ListIAMUserResponse,
  UserResponse,
} from '../wire/users';

/** IAM users (reference/scp-iam.md §2.B) and their direct policy bindings (§2.C). */
export const userApi = {
  list: endpoint('GET', '/v1/accounts/{accountId}/users', ListIAMUserResponse),
  create: endpoint('POST', '/v1/accounts/{accountId}/users', IAMCreateUserResponse),
  get: endpoint('GET', '/v1/accounts/{accountId}/users/{userId}', IAMUserDetailResponse),
  update: endpoint('PUT', '/v1/accounts/{accountId}/users/{userId}', UserResponse),
  setPassword: endpoint('PUT', '/v1/accounts/{accountId}/users/{userId}/password', IAMCreateUserResponse),
  remove: endpoint('DELETE', '/v1/accounts/{accountId}/users/{userId}', z.unknown()),
  removeMany: endpoint('DELETE', '/v1/accounts/{accountId}/users/bulk', z.unknown()),
  policies: endpoint('GET', '/v1/users/{userId}/policy-bindings', UserPolicyPageResponse),
  attachPolicies: endpoint('POST', '/v1/users/{userId}/policy-bindings', UserPolicyResponse),
  detachPolicy: endpoint('DELETE', '/v1/users/{userId}/policy-bindings/{policyId}', z.unknown()),
};

/** The list filters SCP offers (§2.B), in the order the filter bar shows them. */
export const USER_FILTERS = ['user_name', 'email', 'login_id', 'phone_number', 'nation_id', 'type'] as const;
/** The fields the emulator (and, by the digest's inference, SCP) sorts users on. */
export const USER_SORTS = ['user_name', 'email', 'last_login_at', 'created_at', 'modified_at'] as const;

/** The largest page SCP's lists accept; pickers and the matrix read everything in one call. */
export const ALL = 1000;

const present = (filters: Readonly<Record<string, string>> = {}) =>
  Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );

export const usersPageQuery = (c: string, accountId: string, p: ScpPageArgs) =>
  queryOptions({
    queryKey: scpKeys.usersPage(c, accountId, p),
    queryFn: ({ signal }) =>
      scpCall(c, userApi.list, {
        params: { accountId },
        query: { page: p.page, size: p.size, sort: p.sort, ...present(p.filters) },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const allUsersQuery = (c: string, accountId: string) =>
  queryOptions({
    queryKey: scpKeys.allUsers(c, accountId),
    queryFn: async ({ signal }) =>
      (
        await scpCall(c, userApi.list, {
          params: { accountId },
          query: { page: 0, size: ALL, sort: 'user_name:asc' },
          signal,
        })
      ).users,
  });

export const userQuery = (c: string, accountId: string, userId: string) =>
  queryOptions({
    queryKey: scpKeys.user(c, userId),
    queryFn: ({ signal }) => scpCall(c, userApi.get, { params: { accountId, userId }, signal }),
  });

export const userPoliciesQuery = (c: string, userId: string) =>
  queryOptions({
    queryKey: scpKeys.userPolicies(c, userId),
    queryFn: async ({ signal }) =>
      (await scpCall(c, userApi.policies, { params: { userId }, query: { page: 0, size: ALL }, signal }))
        .policies,
  });
