import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { HttpError } from '@/lib/http/errors';
import { gs2Call, pageQuery } from '../client';
import type { DescribeSecurityPoliciesResult, SecurityPolicy } from '../wire';
import { gs2Keys } from './keys';

/** Users, one GS2 page per query page; searching runs over what is loaded (GS2 has no server search). */
export const usersInfiniteQuery = (c: string, limit: number) =>
  infiniteQueryOptions({
    queryKey: gs2Keys.usersList(c, limit),
    queryFn: ({ pageParam, signal }) =>
      gs2Call(c, 'describeUsers', { query: pageQuery({ pageToken: pageParam, limit }), signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });

export const userQuery = (c: string, userName: string) =>
  queryOptions({
    queryKey: gs2Keys.user(c, userName),
    queryFn: async ({ signal }) => (await gs2Call(c, 'getUser', { params: { userName }, signal })).item,
  });

export const credentialsInfiniteQuery = (c: string, userName: string) =>
  infiniteQueryOptions({
    queryKey: gs2Keys.credentials(c, userName),
    queryFn: ({ pageParam, signal }) =>
      gs2Call(c, 'describeIdentifiers', {
        params: { userName },
        query: pageQuery({ pageToken: pageParam, limit: 100 }),
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });

export const guardsQuery = (c: string, userName: string, clientId: string) =>
  queryOptions({
    queryKey: gs2Keys.guards(c, userName, clientId),
    queryFn: async ({ signal }) =>
      (await gs2Call(c, 'describeAttachedGuards', { params: { userName, clientId }, signal })).items,
  });

/** The user's console password, or null when there is none (GS2 answers 404). */
export const passwordQuery = (c: string, userName: string) =>
  queryOptions({
    queryKey: gs2Keys.password(c, userName),
    queryFn: async ({ signal }) => {
      try {
        return (await gs2Call(c, 'getPassword', { params: { userName }, signal })).item;
      } catch (err) {
        // Only GS2's own "no password" means none; a missing user or connection stays an error.
        if (err instanceof HttpError && err.status === 404 && err.code?.startsWith('identifier.password'))
          return null;
        throw err;
      }
    },
  });

export const attachedPoliciesQuery = (c: string, userName: string) =>
  queryOptions({
    queryKey: gs2Keys.attached(c, userName),
    queryFn: async ({ signal }) =>
      (await gs2Call(c, 'getHasSecurityPolicy', { params: { userName }, signal })).items,
  });

/** Reads every page of a policy list; policies are few, and pickers and the matrix need all of them. */
async function allPages(
  c: string,
  operation: 'describeSecurityPolicies' | 'describeCommonSecurityPolicies',
  signal: AbortSignal,
): Promise<SecurityPolicy[]> {
  const items: SecurityPolicy[] = [];
  let pageToken: string | null = null;
  do {
    const page: DescribeSecurityPoliciesResult = await gs2Call(c, operation, {
      query: pageQuery({ pageToken, limit: 1000 }),
      signal,
    });
    items.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return items;
}

export const customPoliciesQuery = (c: string) =>
  queryOptions({
    queryKey: gs2Keys.customPolicies(c),
    queryFn: ({ signal }) => allPages(c, 'describeSecurityPolicies', signal),
  });

export const commonPoliciesQuery = (c: string) =>
  queryOptions({
    queryKey: gs2Keys.commonPolicies(c),
    queryFn: ({ signal }) => allPages(c, 'describeCommonSecurityPolicies', signal),
    // GS2-defined policies do not change while the console is open.
    staleTime: 10 * 60_000,
  });

export const policyQuery = (c: string, name: string) =>
  queryOptions({
    queryKey: gs2Keys.policy(c, name),
    queryFn: async ({ signal }) =>
      (await gs2Call(c, 'getSecurityPolicy', { params: { securityPolicyName: name }, signal })).item,
  });
