import { clientIp, ipMatches } from '../../../../emulator-kit/client-ip';
import { findOrgRole, findProjectRole, grants } from '../catalog/roles';
import { NhnError, RESULT } from '../errors';
import type { ResultCode } from '../errors';
import type { NhnContext, Runtime } from '../runtime';
import type { NhnStore, OrgRecord, ProjectRecord, StoredAssignment } from '../store';
import { memberKey } from '../store';

/** Permissions an account holds in an org through its (accepted) org membership. */
export function orgGrants(store: NhnStore, orgId: string, uuid: string): string[] {
  const m = store.orgMembers.get(memberKey(orgId, uuid));
  if (m?.inviteStatusCode !== 'COMPLETE' || m.blocked) return [];
  return m.roles.flatMap((a) => findOrgRole(a.roleId)?.grants ?? []);
}

/**
 * Role IDs a project assignment list stands for: catalogue roles as they are, role groups (the project's
 * own or the org's common ones) replaced by their ALLOW entries. A DENY entry means the role is listed
 * in the group but not applied.
 */
export function expandProjectRoles(
  store: NhnStore,
  project: ProjectRecord,
  roles: StoredAssignment[],
): string[] {
  return roles.flatMap((a) => {
    if (findProjectRole(a.roleId)) return [a.roleId];
    const group = store.roleGroups.get(a.roleId);
    if (
      group?.orgId !== project.orgId ||
      (group.roleGroupType === 'PROJECT' && group.projectId !== project.projectId)
    )
      return [];
    return group.roles.filter((r) => r.roleApplyPolicyCode === 'ALLOW').map((r) => r.roleId);
  });
}

/** Permissions in a project: the org-wide grants (OWNER and ADMIN cover every project) plus the project's. */
export function projectGrants(store: NhnStore, project: ProjectRecord, uuid: string): string[] {
  const m = store.projectMembers.get(memberKey(project.projectId, uuid));
  const own =
    m?.statusCode === 'COMPLETE'
      ? expandProjectRoles(store, project, m.roles).flatMap((id) => findProjectRole(id)?.grants ?? [])
      : [];
  return [...orgGrants(store, project.orgId, uuid), ...own];
}

export function findOrg(rt: Runtime, orgId: string): OrgRecord {
  const org = rt.store.orgs.get(orgId);
  if (!org) throw new NhnError(RESULT.ORG_NOT_FOUND);
  return org;
}

/** A live project; never-existing and deleted projects get their distinct codes unless `missing` overrides. */
export function findProject(rt: Runtime, projectId: string, missing?: ResultCode): ProjectRecord {
  const project = rt.store.projects.get(projectId);
  if (!project) throw new NhnError(missing ?? RESULT.PROJECT_NOT_FOUND);
  if (project.deleted) throw new NhnError(missing ?? RESULT.PROJECT_DELETED);
  return project;
}

/** The org's common IP ACL applies to Framework API calls; per-service entries concern their service only. */
export function enforceIpAcl(c: NhnContext, org: OrgRecord): void {
  const common = org.ipAcl.filter((e) => !e.productId).flatMap((e) => e.ips);
  if (common.length === 0) return;
  const ip = clientIp(c);
  if (!ip || !common.some((entry) => ipMatches(ip, entry))) throw new NhnError(RESULT.IP_DENIED);
}

function requireAny(held: string[], required: readonly string[]): void {
  if (required.length > 0 && !required.some((p) => grants(held, p))) throw new NhnError(RESULT.FORBIDDEN);
}

/** Org-scoped call: the org exists, the client IP passes its ACL, the caller holds one of `permissions`. */
export function orgAccess(
  c: NhnContext,
  rt: Runtime,
  orgId: string,
  permissions: readonly string[],
): OrgRecord {
  const org = findOrg(rt, orgId);
  enforceIpAcl(c, org);
  requireAny(orgGrants(rt.store, orgId, c.var.caller.account.uuid), permissions);
  return org;
}

/** Project-scoped call: as orgAccess, against the project's org and the caller's project permissions. */
export function projectAccess(
  c: NhnContext,
  rt: Runtime,
  projectId: string,
  permissions: readonly string[],
  missing?: ResultCode,
): { project: ProjectRecord; org: OrgRecord } {
  const project = findProject(rt, projectId, missing);
  const org = findOrg(rt, project.orgId);
  enforceIpAcl(c, org);
  requireAny(projectGrants(rt.store, project, c.var.caller.account.uuid), permissions);
  return { project, org };
}

/** Whether the caller belongs to the org: an accepted org membership or one in any of its projects. */
export function belongsToOrg(rt: Runtime, orgId: string, uuid: string): boolean {
  const m = rt.store.orgMembers.get(memberKey(orgId, uuid));
  if (m?.inviteStatusCode === 'COMPLETE') return true;
  const projects = new Set(
    rt.store.projects.list((p) => p.orgId === orgId && !p.deleted).map((p) => p.projectId),
  );
  return (
    rt.store.projectMembers.list((pm) => pm.memberUuid === uuid && projects.has(pm.projectId)).length > 0
  );
}

/** Org-less calls (own keys, billing) are checked against the ACL of the IAM account's own org. */
export function enforceHomeAcl(c: NhnContext, rt: Runtime): void {
  const orgId = c.var.caller.account.iam?.orgId;
  const org = orgId ? rt.store.orgs.get(orgId) : undefined;
  if (org) enforceIpAcl(c, org);
}
