import { queryOptions } from '@tanstack/react-query';
import { gs2Call, pageQuery } from '../client';
import { gs2Keys } from '../queries/keys';
import type { DescribeUsersResult } from '../wire';

/** Beyond this many users the scan stops and says so: each user costs one GS2 call. */
export const HOLDER_SCAN_LIMIT = 1000;
const PARALLEL = 6;

export type PolicyHolders = { holders: string[]; scanned: number; complete: boolean };

/**
 * Who has a policy attached. GS2 has no reverse lookup, so every user's attachments are read (a few at a
 * time), up to HOLDER_SCAN_LIMIT users.
 */
export async function scanPolicyHolders(
  c: string,
  grn: string,
  signal: AbortSignal,
  onProgress?: (scanned: number) => void,
): Promise<PolicyHolders> {
  const names: string[] = [];
  let pageToken: string | null = null;
  do {
    const page: DescribeUsersResult = await gs2Call(c, 'describeUsers', {
      query: pageQuery({ pageToken, limit: 1000 }),
      signal,
    });
    names.push(...page.items.map((u) => u.name));
    pageToken = page.nextPageToken;
  } while (pageToken && names.length < HOLDER_SCAN_LIMIT);
  const complete = !pageToken && names.length <= HOLDER_SCAN_LIMIT;
  const todo = names.slice(0, HOLDER_SCAN_LIMIT);
  const holders = new Set<string>();
  let next = 0;
  let scanned = 0;
  const worker = async () => {
    while (next < todo.length) {
      const userName = todo[next++] ?? '';
      const { items } = await gs2Call(c, 'getHasSecurityPolicy', { params: { userName }, signal });
      if (items.some((p) => p.securityPolicyId === grn)) holders.add(userName);
      onProgress?.(++scanned);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { holders: todo.filter((n) => holders.has(n)), scanned, complete };
}

export const policyHoldersQuery = (c: string, grn: string, onProgress?: (scanned: number) => void) =>
  queryOptions({
    queryKey: gs2Keys.holders(c, grn),
    queryFn: ({ signal }) => scanPolicyHolders(c, grn, signal, onProgress),
    // Attachments change behind our back (the matrix, other operators): always scan afresh.
    staleTime: 0,
    gcTime: 0,
  });
