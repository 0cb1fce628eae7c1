import { queryOptions } from '@tanstack/react-query';
import { cipCall } from '../client';
import { cipKeys } from './keys';

/** S1: names only; the hierarchy comes from S4/S5 per service. */
export const serviceNamesQuery = (c: string) =>
  queryOptions({
    queryKey: cipKeys.serviceNames(c),
    queryFn: async ({ signal }) => (await cipCall(c, 'serviceNames', { signal })).entries,
  });

/** S2: every attribute as a string; it holds no children or contained services. */
export const serviceQuery = (c: string, name: string) =>
  queryOptions({
    queryKey: cipKeys.service(c, name),
    queryFn: async ({ signal }) =>
      (await cipCall(c, 'getService', { params: { service: name }, signal })).entry,
  });

/** S5: "" for a top-level service. */
export const serviceParentQuery = (c: string, name: string) =>
  queryOptions({
    queryKey: cipKeys.serviceRelation(c, name, 'parent'),
    queryFn: async ({ signal }) =>
      (await cipCall(c, 'serviceParent', { params: { service: name }, signal })).entry,
  });

const LIST_CALLS = {
  members: 'serviceMembers',
  children: 'serviceChildren',
  contained: 'serviceContained',
  containers: 'serviceContainers',
} as const;

/** S3 (member gtwayUUIDs, ordinary and manual alike), S4, S6 and S7 (service names). */
export const serviceListQuery = (c: string, name: string, relation: keyof typeof LIST_CALLS) =>
  queryOptions({
    queryKey: cipKeys.serviceRelation(c, name, relation),
    queryFn: async ({ signal }) =>
      (await cipCall(c, LIST_CALLS[relation], { params: { service: name }, signal })).entries,
  });
