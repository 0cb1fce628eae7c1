import type { Hono } from 'hono';
import { randomString } from '../../../../emulator-kit/random-id';
import { HeaderOnlyResponse } from '../../wire/common';
import {
  CreateRoleGroupRequest,
  DeleteRoleGroupRequest,
  GetRoleGroupResponse,
  ListRoleGroupsResponse,
  UpdateRoleGroupInfoRequest,
  UpdateRoleGroupRequest,
} from '../../wire/role-groups';
import { orgAccess, projectAccess } from '../auth/access';
import { groupRoleBundles, groupsUsableIn, toGroupEntries } from '../assignments';
import { NhnError, RESULT } from '../errors';
import { offsetDate } from '../format';
import { like, pageQuery, paginate, readBody, reply } from '../respond';
import type { NhnContext, NhnEnv, Runtime } from '../runtime';
import type { ProjectRecord, RoleGroupRecord } from '../store';

type Action = 'List' | 'Get' | 'Create' | 'Delete' | 'Update';

/** Where a role group lives: an org's project common groups (`ORG`) or one project's own (`PROJECT`). */
type Scope = { type: 'ORG'; orgId: string } | { type: 'PROJECT'; orgId: string; project: ProjectRecord };

const owns = (scope: Scope, g: RoleGroupRecord): boolean =>
  g.orgId === scope.orgId &&
  g.roleGroupType === scope.type &&
  (scope.type === 'ORG' || g.projectId === scope.project.projectId);

/** The two families share every rule; only the path, the permission prefix and the owner differ. */
const FAMILIES: { base: string; scope: (c: NhnContext, rt: Runtime, action: Action) => Scope }[] = [
  {
    base: '/v1/organizations/:orgId/project-role-groups',
    scope: (c, rt, action) => ({
      type: 'ORG',
      orgId: orgAccess(c, rt, c.req.param('orgId') ?? '', [`Organization.Project.RoleGroup.${action}`]).orgId,
    }),
  },
  {
    base: '/v1/projects/:projectId/project-role-groups',
    scope: (c, rt, action) => {
      const { project } = projectAccess(c, rt, c.req.param('projectId') ?? '', [
        `Project.RoleGroup.${action}`,
      ]);
      return { type: 'PROJECT', orgId: project.orgId, project };
    },
  },
];

function findGroup(rt: Runtime, scope: Scope, id: string): RoleGroupRecord {
  const g = rt.store.roleGroups.get(id);
  // A project cannot reach the org's common groups by ID here (#17): those are read through #18.
  if (!g || !owns(scope, g)) throw new NhnError(RESULT.ROLE_GROUP_NOT_FOUND);
  return g;
}

function assertNameFree(rt: Runtime, scope: Scope, name: string, except?: string): void {
  if (
    rt.store.roleGroups.list((g) => owns(scope, g) && g.roleGroupName === name && g.roleGroupId !== except)
      .length > 0
  ) {
    throw new NhnError(RESULT.ROLE_GROUP_NAME_TAKEN);
  }
}

/** Deletes groups unless a member (invitees included) holds nothing else (10010) or a notification group uses one (62011). */
function deleteGroups(rt: Runtime, scope: Scope, ids: string[]): void {
  const groups = ids.map((id) => findGroup(rt, scope, id));
  if (groups.some((g) => g.usedByNotificationGroup)) throw new NhnError(RESULT.ROLE_GROUP_IN_NOTIFICATION);
  const gone = new Set(ids);
  const projects = new Set(
    scope.type === 'PROJECT'
      ? [scope.project.projectId]
      : rt.store.projects.list((p) => p.orgId === scope.orgId).map((p) => p.projectId),
  );
  const affected = rt.store.projectMembers.list(
    (m) => projects.has(m.projectId) && m.roles.some((r) => gone.has(r.roleId)),
  );
  if (affected.some((m) => m.roles.every((r) => gone.has(r.roleId))))
    throw new NhnError(RESULT.ROLE_REQUIRED);
  rt.store.transaction(() => {
    for (const g of groups) rt.store.roleGroups.delete(g.roleGroupId);
    for (const m of affected)
      rt.store.projectMembers.put(m.key, { ...m, roles: m.roles.filter((r) => !gone.has(r.roleId)) });
  });
}

const summary = (g: RoleGroupRecord) => ({
  roleGroupId: g.roleGroupId,
  roleGroupName: g.roleGroupName,
  roleGroupType: g.roleGroupType,
  regDateTime: g.regDateTime,
  ...(g.description === undefined ? {} : { description: g.description }),
});

/** #12, #17–#19, #22–#29: project role groups and the org's project common role groups. */
export function registerRoleGroups(app: Hono<NhnEnv>, rt: Runtime): void {
  for (const { base, scope: resolve } of FAMILIES) {
    app.get(base, (c) => {
      const scope = resolve(c, rt, 'List');
      const nameLike = c.req.query('roleGroupNameLike');
      const descriptionLike = c.req.query('descriptionLike');
      const { page, limit } = pageQuery(c);
      // A project's list shows the common groups it can use beside its own.
      const all =
        scope.type === 'PROJECT'
          ? groupsUsableIn(rt.store, scope.project)
          : rt.store.roleGroups.list((g) => owns(scope, g));
      const hits = all.filter((g) => like(g.roleGroupName, nameLike) && like(g.description, descriptionLike));
      const { items, paging } = paginate(hits, page, limit);
      return reply(c, ListRoleGroupsResponse, { paging, roleGroups: items.map(summary) });
    });

    app.get(`${base}/:roleGroupId`, (c) => {
      const g = findGroup(rt, resolve(c, rt, 'Get'), c.req.param('roleGroupId'));
      return reply(c, GetRoleGroupResponse, { roleGroup: { ...summary(g), roles: groupRoleBundles(g) } });
    });

    app.post(base, async (c) => {
      const scope = resolve(c, rt, 'Create');
      const body = await readBody(c, CreateRoleGroupRequest);
      assertNameFree(rt, scope, body.roleGroupName);
      const group: RoleGroupRecord = {
        roleGroupId: randomString(16),
        roleGroupType: scope.type,
        orgId: scope.orgId,
        roleGroupName: body.roleGroupName,
        regDateTime: offsetDate(rt.now()),
        roles: toGroupEntries(body.roles, rt.now()),
        usedByNotificationGroup: false,
        ...(scope.type === 'PROJECT' ? { projectId: scope.project.projectId } : {}),
        ...(body.description === undefined ? {} : { description: body.description }),
      };
      rt.store.roleGroups.put(group.roleGroupId, group);
      return reply(c, HeaderOnlyResponse, {});
    });

    app.delete(base, async (c) => {
      const scope = resolve(c, rt, 'Delete');
      const { roleGroupIds } = await readBody(c, DeleteRoleGroupRequest);
      deleteGroups(rt, scope, roleGroupIds);
      return reply(c, HeaderOnlyResponse, {});
    });

    app.put(`${base}/:roleGroupId/infos`, async (c) => {
      const scope = resolve(c, rt, 'Update');
      const g = findGroup(rt, scope, c.req.param('roleGroupId'));
      const body = await readBody(c, UpdateRoleGroupInfoRequest);
      assertNameFree(rt, scope, body.roleGroupName, g.roleGroupId);
      const { description: _old, ...rest } = g;
      rt.store.roleGroups.put(g.roleGroupId, {
        ...rest,
        roleGroupName: body.roleGroupName,
        ...(body.description === undefined ? {} : { description: body.description }),
      });
      return reply(c, HeaderOnlyResponse, {});
    });

    app.put(`${base}/:roleGroupId/roles`, async (c) => {
      const scope = resolve(c, rt, 'Update');
      const g = findGroup(rt, scope, c.req.param('roleGroupId'));
      const { roles } = await readBody(c, UpdateRoleGroupRequest);
      rt.store.roleGroups.put(g.roleGroupId, { ...g, roles: toGroupEntries(roles, rt.now()) });
      return reply(c, HeaderOnlyResponse, {});
    });
  }
}
