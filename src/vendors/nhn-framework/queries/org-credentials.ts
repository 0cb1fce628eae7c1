import { queryOptions } from '@tanstack/react-query';
import { nhnCall } from '../client';
import { mapLimit } from '@/lib/async/map-limit';
import type { OrgCredential } from '../wire/credentials';
import type { OrgMember } from '../wire/members';
import { nhnKeys } from './keys';

/** Pages of #60 fetched at once; small enough that a large org shows steady progress. */
export const CREDENTIAL_PAGE = 100;
const PAGE_CONCURRENCY = 3;

export type LoadProgress = (done: number, total: number) => void;

/**
 * Every member credential of the org (#60). The first page tells the total; the other pages are fetched
 * with bounded concurrency, reporting pages done. IDs come masked and secrets blank from the vendor.
 */
export const orgCredentialsQuery = (c: string, orgId: string, onProgress?: LoadProgress) =>
  queryOptions({
    queryKey: nhnKeys.orgCredentials(c, orgId),
    queryFn: async ({ signal }): Promise<OrgCredential[]> => {
      const page = (n: number) =>
        nhnCall(c, 'listOrgCredentials', {
          params: { orgId },
          query: { page: n, limit: CREDENTIAL_PAGE },
          signal,
        });
      const first = await page(1);
      const pages = Math.max(1, Math.ceil(first.paging.totalCount / CREDENTIAL_PAGE));
      onProgress?.(1, pages);
      const rest = await mapLimit(
        Array.from({ length: pages - 1 }, (_, i) => i + 2),
        PAGE_CONCURRENCY,
        async (n) => (await page(n)).authenticationList,
        (done) => onProgress?.(done + 1, pages),
      );
      return [...first.authenticationList, ...rest.flat()];
    },
  });

/** The vendor's largest page: one call lists the members of any real org. */
const ALL_MEMBERS = 2000;

/** Every org member (both types), to name the owners of credentials and the rows of the org matrix. */
export const allOrgMembersQuery = (c: string, orgId: string) =>
  queryOptions({
    queryKey: nhnKeys.allOrgMembers(c, orgId),
    queryFn: async ({ signal }): Promise<OrgMember[]> =>
      (
        await nhnCall(c, 'searchOrgMembers', {
          params: { orgId },
          json: { paging: { page: 1, limit: ALL_MEMBERS } },
          signal,
        })
      ).orgMembers,
  });
