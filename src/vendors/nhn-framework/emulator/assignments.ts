import type { AssignRole, CategoryKey, CategoryTypeCode, RoleBundle, UserAssignRole } from '../wire/common';
import { enrichConditions, knownAttribute } from './catalog/conditions';
import { findOrgRole, findProjectRole } from './catalog/roles';
import type { CatalogRole } from './catalog/roles';
import { NhnError, RESULT } from './errors';
import type { ResultCode } from './errors';
import { offsetDate } from './format';
import type { NhnStore, ProjectRecord, RoleGroupRecord, StoredAssignment } from './store';

/** Role groups a project's members can be given: its own groups and its org's project common groups. */
export function groupsUsableIn(store: NhnStore, project: ProjectRecord): RoleGroupRecord[] {
  return store.roleGroups.list(
    (g) => g.orgId === project.orgId && (g.roleGroupType === 'ORG' || g.projectId === project.projectId),
  );
}

const GROUP_AS_ROLE = {
  categoryKey: 'RoleGroup' as CategoryKey,
  categoryTypeCode: 'ROLE_GROUP' as CategoryTypeCode,
};

function bundle(
  role: CatalogRole,
  entry: {
    conditions?: UserAssignRole['conditions'];
    regDateTime: string;
    roleApplyPolicyCode?: AssignRole['roleApplyPolicyCode'];
  },
): RoleBundle {
  const conditions = enrichConditions(entry.conditions);
  return {
    roleId: role.roleId,
    roleName: role.roleName,
    description: role.description,
    categoryKey: role.categoryKey,
    categoryTypeCode: role.categoryTypeCode,
    roleApplyPolicyCode: entry.roleApplyPolicyCode ?? 'ALLOW',
    regDateTime: entry.regDateTime,
    ...(conditions ? { conditions } : {}),
  };
}

/** A member's org roles as RoleBundleProtocol. */
export const orgRoleBundles = (roles: StoredAssignment[]): RoleBundle[] =>
  roles.flatMap((a) => {
    const role = findOrgRole(a.roleId);
    return role ? [bundle(role, a)] : [];
  });

/** A member's project roles as RoleBundleProtocol; a role group reads back as a ROLE_GROUP entry. */
export function projectRoleBundles(
  store: NhnStore,
  project: ProjectRecord,
  roles: StoredAssignment[],
): RoleBundle[] {
  const groups = groupsUsableIn(store, project);
  return roles.flatMap((a) => {
    const role = findProjectRole(a.roleId);
    if (role) return [bundle(role, a)];
    const group = groups.find((g) => g.roleGroupId === a.roleId);
    if (!group) return [];
    return [
      {
        roleId: group.roleGroupId,
        roleName: group.roleGroupName,
        ...(group.description === undefined ? {} : { description: group.description }),
        ...GROUP_AS_ROLE,
        roleApplyPolicyCode: 'ALLOW' as const,
        regDateTime: a.regDateTime,
      },
    ];
  });
}

/** The entries of a role group as RoleBundleProtocol. */
export const groupRoleBundles = (group: RoleGroupRecord): RoleBundle[] =>
  group.roles.flatMap((r) => {
    const role = findProjectRole(r.roleId);
    return role ? [bundle(role, r)] : [];
  });

function checkConditions(conditions: UserAssignRole['conditions']): void {
  for (const cond of conditions ?? []) {
    if (!knownAttribute(cond.attributeId))
      throw new NhnError(
        RESULT.INVALID_PARAMETER,
        `Invalid parameter: unknown condition attribute ${cond.attributeId}.`,
      );
  }
}

/**
 * Checks and stamps a member's new role set: at least one role (10010), each known where it is granted
 * (10009, or `foreign` for a role that exists but belongs to another scope), conditions on known attributes.
 */
export function toStoredAssignments(
  assignRoles: UserAssignRole[],
  known: (roleId: string) => boolean,
  now: Date,
  foreign?: { code: ResultCode; exists: (roleId: string) => boolean },
): StoredAssignment[] {
  if (assignRoles.length === 0) throw new NhnError(RESULT.ROLE_REQUIRED);
  const seen = new Set<string>();
  return assignRoles.flatMap((a) => {
    if (!known(a.roleId)) {
      throw new NhnError(
        foreign?.exists(a.roleId) ? foreign.code : RESULT.ROLE_NOT_FOUND,
        `Role ${a.roleId}: ${foreign?.exists(a.roleId) ? 'not allowed here' : 'does not exist'}.`,
      );
    }
    checkConditions(a.conditions);
    if (seen.has(a.roleId)) return [];
    seen.add(a.roleId);
    return [
      {
        roleId: a.roleId,
        regDateTime: offsetDate(now),
        ...(a.conditions ? { conditions: a.conditions } : {}),
      },
    ];
  });
}

/** Whether a project role ID (catalogue role or usable group) exists for this project. */
export const projectRoleKnown = (store: NhnStore, project: ProjectRecord) => {
  const groups = new Set(groupsUsableIn(store, project).map((g) => g.roleGroupId));
  return (roleId: string): boolean => findProjectRole(roleId) !== undefined || groups.has(roleId);
};

/** Role group entries: catalogue roles only (no group inside a group), else 62009. */
export function toGroupEntries(roles: AssignRole[], now: Date): RoleGroupRecord['roles'] {
  if (roles.length === 0)
    throw new NhnError(RESULT.INVALID_PARAMETER, 'Invalid parameter: roles must not be empty.');
  return roles.map((r) => {
    if (!findProjectRole(r.roleId))
      throw new NhnError(
        RESULT.ROLE_GROUP_INVALID_ROLE,
        `Role ${r.roleId} cannot be placed in a role group.`,
      );
    checkConditions(r.conditions);
    return { ...r, regDateTime: offsetDate(now) };
  });
}
