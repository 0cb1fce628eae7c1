import { queryOptions } from '@tanstack/react-query';
import { cipCall } from '../client';
import { cipKeys } from './keys';
import { filtersKey, type SearchFilter } from '../users/search-filters';

/** U4: the filters are ANDed; the answer may be cut by the directory's size limit. */
export const userSearchQuery = (c: string, filters: readonly SearchFilter[], allAttrs: boolean) =>
  queryOptions({
    queryKey: cipKeys.userSearch(c, `${filtersKey(filters)}|${String(allAttrs)}`),
    queryFn: ({ signal }) =>
      cipCall(c, 'searchUsers', {
        query: {
          ...Object.fromEntries(filters.map((f) => [f.attr, f.value])),
          gma_allAttrs: allAttrs ? 'true' : undefined,
        },
        signal,
      }),
  });

/** U1 with every attribute; it also yields the gtwayUUID the other user calls need. */
export const userQuery = (c: string, uid: string) =>
  queryOptions({
    queryKey: cipKeys.user(c, uid),
    queryFn: async ({ signal }) =>
      (await cipCall(c, 'getUser', { params: { user: uid }, query: { gma_allAttrs: 'true' }, signal })).entry,
  });

/** I2: groups, roles, password and account status in one call. */
export const userDetailsQuery = (c: string, uuid: string) =>
  queryOptions({
    queryKey: cipKeys.userDetails(c, uuid),
    queryFn: ({ signal }) => cipCall(c, 'userDetails', { query: { uuid }, signal }),
  });

export const userServicesQuery = (c: string, uuid: string) =>
  queryOptions({
    queryKey: cipKeys.userServices(c, uuid),
    queryFn: async ({ signal }) => (await cipCall(c, 'userServices', { params: { uuid }, signal })).entries,
  });

/**
 * U3 without answers: answers are fetched only on demand (see `kbaAnswersQuery`) and never kept, so
 * they do not sit in the query cache.
 */
export const userKbaQuery = (c: string, uuid: string, languageCode: string) =>
  queryOptions({
    queryKey: cipKeys.userKba(c, uuid, languageCode),
    queryFn: async ({ signal }) =>
      (
        await cipCall(c, 'userKba', {
          params: { uuid },
          query: { returnAnswers: 'false', languageCode: languageCode || undefined },
          signal,
        })
      ).entries,
  });

export const passwordLastChangedQuery = (c: string, uid: string) =>
  queryOptions({
    queryKey: cipKeys.passwordLastChanged(c, uid),
    queryFn: async ({ signal }) =>
      (await cipCall(c, 'passwordLastChanged', { params: { user: uid }, signal })).entry.passwordLastChanged,
  });

export const activeKbaQuestionsQuery = (c: string) =>
  queryOptions({
    queryKey: cipKeys.kbaQuestions(c),
    queryFn: async ({ signal }) => (await cipCall(c, 'activeKbaQuestions', { signal })).entries,
    // The catalogue changes only through the self-service settings.
    staleTime: 5 * 60_000,
  });

export const groupNamesQuery = (c: string) =>
  queryOptions({
    queryKey: cipKeys.groups(c),
    queryFn: async ({ signal }) => (await cipCall(c, 'groupNames', { signal })).entries,
  });

export const groupMembersQuery = (c: string, group: string) =>
  queryOptions({
    queryKey: cipKeys.groupMembers(c, group),
    queryFn: async ({ signal }) => (await cipCall(c, 'groupMembers', { params: { group }, signal })).entries,
  });

/** Resolves a member gtwayUUID to its user (U4 on gtwayUUID); cached per UUID for every member list. */
export const userByUuidQuery = (c: string, uuid: string) =>
  queryOptions({
    queryKey: cipKeys.byUuid(c, uuid),
    queryFn: async ({ signal }) =>
      (await cipCall(c, 'searchUsers', { query: { gtwayUUID: uuid }, signal })).entries[0] ?? null,
    staleTime: 5 * 60_000,
  });
