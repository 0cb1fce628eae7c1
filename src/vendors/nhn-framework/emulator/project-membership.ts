import type { UserAssignRole } from '../wire/common';
import { expandProjectRoles } from './auth/access';
import { projectRoleKnown, toStoredAssignments } from './assignments';
import { NhnError, RESULT } from './errors';
import { offsetDate } from './format';
import type { NhnContext, Runtime } from './runtime';
import type { AccountRecord, ProjectMembershipRecord, ProjectRecord } from './store';
import { memberKey, membershipKey } from './store';

/** Rules shared by the project member APIs (#1, #3, #15, #16, #31) and the project IAM account APIs (#55–#59). */

/** A member of the project by uuid, else 12100; `iamOnly` restricts to IAM accounts. */
export function findProjectMember(
  rt: Runtime,
  project: ProjectRecord,
  uuid: string,
  iamOnly = false,
): { m: ProjectMembershipRecord; account: AccountRecord | undefined } {
  const m = rt.store.projectMembers.get(memberKey(project.projectId, uuid));
  const account = m?.memberUuid ? rt.store.accounts.get(m.memberUuid) : undefined;
  if (!m || (iamOnly && account?.type !== 'IAM')) throw new NhnError(RESULT.PROJECT_MEMBER_NOT_FOUND);
  return { m, account };
}

const isAdmin = (rt: Runtime, project: ProjectRecord, m: ProjectMembershipRecord) =>
  expandProjectRoles(rt.store, project, m.roles).includes('ADMIN');

/** A project keeps at least one ADMIN member (10012) — checked against the memberships after a change. */
function assertAdminRemains(
  rt: Runtime,
  project: ProjectRecord,
  changed: Map<string, ProjectMembershipRecord | null>,
): void {
  const before = rt.store.projectMembers.list((m) => m.projectId === project.projectId);
  if (!before.some((m) => isAdmin(rt, project, m))) return;
  const after = before.flatMap((m) => {
    const next = changed.has(m.key) ? changed.get(m.key) : m;
    return next ? [next] : [];
  });
  if (!after.some((m) => isAdmin(rt, project, m))) throw new NhnError(RESULT.LAST_ADMIN);
}

/** Validates roles (10010, 10009) and stores a new membership, refusing a duplicate (22006). */
export function addProjectMember(
  rt: Runtime,
  project: ProjectRecord,
  member: { memberUuid?: string; email: string },
  assignRoles: UserAssignRole[],
  statusCode: ProjectMembershipRecord['statusCode'],
): void {
  const key = membershipKey(project.projectId, member);
  const byEmail = rt.store.projectMembers.list(
    (m) => m.projectId === project.projectId && m.email.toLowerCase() === member.email.toLowerCase(),
  );
  if (rt.store.projectMembers.has(key) || byEmail.length > 0) throw new NhnError(RESULT.ALREADY_EXISTS);
  const roles = toStoredAssignments(assignRoles, projectRoleKnown(rt.store, project), rt.now());
  rt.store.projectMembers.put(key, {
    key,
    projectId: project.projectId,
    ...member,
    statusCode,
    relationDateTime: offsetDate(rt.now()),
    roles,
  });
}

/** Replaces a member's roles (10010, 10009), keeping an ADMIN in the project (10012). */
export function changeProjectRoles(
  rt: Runtime,
  project: ProjectRecord,
  m: ProjectMembershipRecord,
  assignRoles: UserAssignRole[],
): void {
  const next = {
    ...m,
    roles: toStoredAssignments(assignRoles, projectRoleKnown(rt.store, project), rt.now()),
  };
  assertAdminRemains(rt, project, new Map([[m.key, next]]));
  rt.store.projectMembers.put(m.key, next);
}

/** Removes members, keeping an ADMIN in the project (10012); the caller may not remove itself (12107). */
export function removeProjectMembers(
  c: NhnContext,
  rt: Runtime,
  project: ProjectRecord,
  members: ProjectMembershipRecord[],
): void {
  if (members.some((m) => m.memberUuid === c.var.caller.account.uuid)) throw new NhnError(RESULT.SELF_TARGET);
  assertAdminRemains(rt, project, new Map(members.map((m) => [m.key, null])));
  rt.store.transaction(() => {
    for (const m of members) rt.store.projectMembers.delete(m.key);
  });
}
