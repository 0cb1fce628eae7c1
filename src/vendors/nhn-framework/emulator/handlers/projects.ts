import type { Hono } from 'hono';
import { randomString } from '../../../../emulator-kit/random-id';
import { HeaderOnlyResponse } from '../../wire/common';
import { CreateProjectRequest, CreateProjectResponse, ListOrgProjectsResponse } from '../../wire/projects';
import { belongsToOrg, findOrg, enforceIpAcl, orgAccess, projectAccess } from '../auth/access';
import { NhnError, RESULT } from '../errors';
import { offsetDate } from '../format';
import { like, pageQuery, paginate, readBody, reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';
import type { ProjectRecord } from '../store';
import { membershipKey } from '../store';

/** Drops everything that hangs off a deleted project; the project itself stays as a tombstone. */
function purgeProject(rt: Runtime, projectId: string): void {
  const { store } = rt;
  for (const m of store.projectMembers.list((m) => m.projectId === projectId))
    store.projectMembers.delete(m.key);
  for (const k of store.projectAppKeys.list((k) => k.projectId === projectId))
    store.projectAppKeys.delete(k.appKey);
  for (const g of store.roleGroups.list((g) => g.projectId === projectId))
    store.roleGroups.delete(g.roleGroupId);
}

/** #2, #4, #20: projects of an organization. */
export function registerProjects(app: Hono<NhnEnv>, rt: Runtime): void {
  app.post('/v1/organizations/:orgId/projects', async (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Project.Create']);
    const body = await readBody(c, CreateProjectRequest);
    const live = rt.store.projects.list((p) => p.orgId === org.orgId && !p.deleted).length;
    if (live >= org.projectLimit) throw new NhnError(RESULT.PROJECT_LIMIT);
    const now = offsetDate(rt.now());
    const caller = c.var.caller.account;
    const project: ProjectRecord = {
      projectId: randomString(8),
      orgId: org.orgId,
      projectName: body.projectName,
      projectStatusCode: 'STABLE',
      regDateTime: now,
      modDateTime: now,
      ownerId: org.ownerUuid,
      deleted: false,
      ...(body.description === undefined ? {} : { description: body.description }),
    };
    const member = { memberUuid: caller.uuid, email: caller.email };
    rt.store.transaction(() => {
      rt.store.projects.put(project.projectId, project);
      // The member who creates a project administers it.
      const key = membershipKey(project.projectId, member);
      rt.store.projectMembers.put(key, {
        key,
        projectId: project.projectId,
        ...member,
        statusCode: 'COMPLETE',
        relationDateTime: now,
        roles: [{ roleId: 'ADMIN', regDateTime: now }],
      });
    });
    return reply(c, CreateProjectResponse, {
      project: {
        projectId: project.projectId,
        orgId: project.orgId,
        projectName: project.projectName,
        projectStatusCode: project.projectStatusCode,
        regDateTime: project.regDateTime,
        ownerId: project.ownerId,
        ...(project.description === undefined ? {} : { description: project.description }),
      },
    });
  });

  app.delete('/v1/projects/:projectId', (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), [
      'Organization.Project.Delete',
      'Project.Delete',
    ]);
    if (rt.store.projectProducts.list((p) => p.projectId === project.projectId).length > 0)
      throw new NhnError(RESULT.PROJECT_HAS_SERVICES);
    const now = offsetDate(rt.now());
    rt.store.transaction(() => {
      rt.store.projects.put(project.projectId, {
        ...project,
        deleted: true,
        delDateTime: now,
        modDateTime: now,
      });
      purgeProject(rt, project.projectId);
    });
    return reply(c, HeaderOnlyResponse, {});
  });

  app.get('/v1/organizations/:orgId/projects', (c) => {
    const org = findOrg(rt, c.req.param('orgId'));
    enforceIpAcl(c, org);
    // "Members of an organization" may list its projects.
    if (!belongsToOrg(rt, org.orgId, c.var.caller.account.uuid)) throw new NhnError(RESULT.FORBIDDEN);
    const memberUuid = c.req.query('memberUuid');
    const name = c.req.query('projectName');
    const { page, limit } = pageQuery(c);
    const memberOf = memberUuid
      ? new Set(rt.store.projectMembers.list((m) => m.memberUuid === memberUuid).map((m) => m.projectId))
      : undefined;
    const hits = rt.store.projects.list(
      (p) =>
        p.orgId === org.orgId &&
        !p.deleted &&
        p.projectStatusCode === 'STABLE' &&
        like(p.projectName, name) &&
        (memberOf?.has(p.projectId) ?? true),
    );
    const { items, paging } = paginate(hits, page, limit);
    return reply(c, ListOrgProjectsResponse, {
      paging,
      projectList: items.map((p) => ({
        orgId: p.orgId,
        projectId: p.projectId,
        projectName: p.projectName,
        projectStatusCode: p.projectStatusCode,
        regDateTime: p.regDateTime,
        ...(p.description === undefined ? {} : { description: p.description }),
        ...(p.modDateTime === undefined ? {} : { modDateTime: p.modDateTime }),
      })),
    });
  });
}
