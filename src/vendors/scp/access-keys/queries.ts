import { infiniteQueryOptions } from '@tanstack/react-query';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { stripSecret, type StoredAccessKey } from '../shared/strip-secret';
import { accessKeyApi } from './api';

export const KEY_PAGE = 50;

/** Only non-empty values; an empty filter is left out. */
export type KeyFilters = { access_key_type?: string; parent_access_key_id?: string };
export type KeyPage = { keys: StoredAccessKey[]; count: number | null; next: string | null };

/**
 * Marker paging (§4.1): the next page starts after the last key seen, and exists when SCP sends a `next`
 * link. Secrets are dropped from every key before the page reaches the cache.
 */
export const accessKeysQuery = (c: string, filters: KeyFilters) =>
  infiniteQueryOptions({
    queryKey: scpKeys.accessKeyList(c, { ...filters }),
    initialPageParam: '',
    queryFn: async ({ pageParam, signal }): Promise<KeyPage> => {
      const r = await scpCall(c, accessKeyApi.list, {
        query: {
          limit: KEY_PAGE,
          with_count: 'true',
          sort: 'created_at:desc',
          marker: pageParam || undefined,
          access_key_type: filters.access_key_type,
          parent_access_key_id: filters.parent_access_key_id,
        },
        signal,
      });
      const keys = r.access_keys.map(stripSecret);
      const more = (r.links ?? []).some((l) => l.rel === 'next');
      return { keys, count: r.count ?? null, next: more ? (keys.at(-1)?.id ?? null) : null };
    },
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const accessKeyQuery = (c: string, keyId: string) => ({
  queryKey: scpKeys.accessKey(c, keyId),
  queryFn: async ({ signal }: { signal: AbortSignal }) =>
    stripSecret((await scpCall(c, accessKeyApi.get, { params: { accessKeyId: keyId }, signal })).access_key),
});
