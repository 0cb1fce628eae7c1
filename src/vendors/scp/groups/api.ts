import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys, type ScpPageArgs } from '../queries/keys';
import {
  GroupMemberCreateResponse,
  GroupMemberPageResponse,
  GroupPageResponse,
  GroupShowResponse,
} from '../wire/groups';

/** Groups and their members (reference/scp-iam.md §2.D). */
export const groupApi = {
  list: endpoint('GET', '/v1/groups', GroupPageResponse),
  create: endpoint('POST', '/v1/groups', GroupShowResponse),
  get: endpoint('GET', '/v1/groups/{groupId}', GroupShowResponse),
  update: endpoint('PUT', '/v1/groups/{groupId}', GroupShowResponse),
  remove: endpoint('DELETE', '/v1/groups/{groupId}', z.unknown()),
  members: endpoint('GET', '/v1/groups/{groupId}/members', GroupMemberPageResponse),
  addMember: endpoint('POST', '/v1/groups/{groupId}/members', GroupMemberCreateResponse),
  removeMember: endpoint('DELETE', '/v1/groups/{groupId}/members/{userId}', z.unknown()),
};

export const GROUP_FILTERS = [
  'name',
  'types',
  'has_member',
  'has_role',
  'creator_name',
  'creator_email',
  'modifier_name',
  'modifier_email',
] as const;

const present = (filters: Readonly<Record<string, string>> = {}) =>
  Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );

export const groupsPageQuery = (c: string, p: ScpPageArgs) =>
  queryOptions({
    queryKey: scpKeys.groupsPage(c, p),
    queryFn: ({ signal }) =>
      scpCall(c, groupApi.list, {
        query: { page: p.page, size: p.size, sort: p.sort, ...present(p.filters) },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const groupQuery = (c: string, groupId: string) =>
  queryOptions({
    queryKey: scpKeys.group(c, groupId),
    queryFn: async ({ signal }) => (await scpCall(c, groupApi.get, { params: { groupId }, signal })).group,
  });

export const groupMembersQuery = (c: string, groupId: string) =>
  queryOptions({
    queryKey: scpKeys.groupMembers(c, groupId),
    queryFn: async ({ signal }) =>
      (
        await scpCall(c, groupApi.members, {
          params: { groupId },
          query: { page: 0, size: 1000, sort: 'user_name:asc' },
          signal,
        })
      ).group_members,
  });
