import { queryOptions } from '@tanstack/react-query';
import { mapLimit } from '@/lib/async/map-limit';
import { nhnCall } from '../client';
import type { RoleBundle, UserAssignRole } from '../wire/common';
import { nhnKeys } from './keys';

/** Members whose roles are read at once: the list APIs return no roles, so each member is one call. */
export const ROLE_CONCURRENCY = 4;

export type MatrixScope = { kind: 'org'; orgId: string } | { kind: 'project'; projectId: string };

const scopeOf = (s: MatrixScope) => (s.kind === 'org' ? `org:${s.orgId}` : `project:${s.projectId}`);

/** One member's current roles (#10 or #15), read fresh before a write as well as for the matrix. */
export async function readMemberRoles(
  c: string,
  s: MatrixScope,
  memberUuid: string,
  signal?: AbortSignal,
): Promise<RoleBundle[]> {
  const args = signal ? { signal } : {};
  if (s.kind === 'org')
    return (
      (await nhnCall(c, 'getOrgMember', { params: { orgId: s.orgId, memberUuid }, ...args })).orgMember
        .roles ?? []
    );
  return (
    (await nhnCall(c, 'getProjectMember', { params: { projectId: s.projectId, memberUuid }, ...args }))
      .projectMember.roles ?? []
  );
}

/**
 * Roles of every listed member, read with bounded concurrency. `onRow` hands each member's roles over as
 * they arrive, so the matrix fills row by row and shows progress.
 */
export const memberRolesQuery = (
  c: string,
  s: MatrixScope,
  uuids: readonly string[],
  onRow?: (uuid: string, roles: RoleBundle[], done: number, total: number) => void,
) =>
  queryOptions({
    queryKey: [...nhnKeys.memberRoles(c, scopeOf(s)), uuids] as const,
    queryFn: async ({ signal }): Promise<Map<string, RoleBundle[]>> => {
      let done = 0;
      const all = await mapLimit(uuids, ROLE_CONCURRENCY, async (uuid) => {
        const roles = await readMemberRoles(c, s, uuid, signal);
        onRow?.(uuid, roles, ++done, uuids.length);
        return [uuid, roles] as const;
      });
      return new Map(all);
    },
    enabled: uuids.length > 0,
  });

export const memberRolesKey = (c: string, s: MatrixScope) => nhnKeys.memberRoles(c, scopeOf(s));

/** #30 or #31: replaces the member's whole role set. */
export function writeMemberRoles(
  c: string,
  s: MatrixScope,
  memberUuid: string,
  assignRoles: UserAssignRole[],
) {
  return s.kind === 'org'
    ? nhnCall(c, 'setOrgMemberRoles', { params: { orgId: s.orgId, memberUuid }, json: { assignRoles } })
    : nhnCall(c, 'setProjectMemberRoles', {
        params: { projectId: s.projectId, memberUuid },
        json: { assignRoles },
      });
}
