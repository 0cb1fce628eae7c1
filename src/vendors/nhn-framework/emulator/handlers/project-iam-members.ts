import type { Hono } from 'hono';
import { HeaderOnlyResponse, UpdateMemberRoleRequest } from '../../wire/common';
import {
  AddIamProjectMemberRequest,
  DeleteIamProjectMembersRequest,
  GetIamProjectMemberResponse,
  ListIamProjectMembersResponse,
} from '../../wire/iam';
import type { IamProjectMember } from '../../wire/iam';
import { projectAccess } from '../auth/access';
import { projectRoleBundles } from '../assignments';
import { NhnError, RESULT } from '../errors';
import { maskEmail } from '../format';
import {
  addProjectMember,
  changeProjectRoles,
  findProjectMember,
  removeProjectMembers,
} from '../project-membership';
import { pageQuery, paginate, readBody, reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';
import type { AccountRecord, ProjectMembershipRecord, ProjectRecord } from '../store';
import { memberKey } from '../store';

function toIamProjectMember(
  rt: Runtime,
  project: ProjectRecord,
  m: ProjectMembershipRecord,
  a: AccountRecord,
): IamProjectMember {
  const joined = rt.store.orgMembers.get(memberKey(project.orgId, a.uuid))?.joinYmdt;
  return {
    uuid: a.uuid,
    id: a.iam?.userCode ?? a.uuid,
    memberName: a.name,
    emailAddress: a.email,
    maskingEmail: maskEmail(a.email),
    relationDateTime: m.relationDateTime,
    recentLoginYmdt: a.recentLoginYmdt,
    recentPasswordModifyYmdt: a.recentPasswordModifyYmdt,
    ...(a.iam?.mobilePhone ? { mobilePhone: a.iam.mobilePhone } : {}),
    ...(joined ? { joinYmdt: joined } : {}),
  };
}

const BASE = '/v1/iam/projects/:projectId/members';

/** #55–#59: the org's IAM accounts inside a project. */
export function registerProjectIamMembers(app: Hono<NhnEnv>, rt: Runtime): void {
  app.post(BASE, async (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.Iam.Create']);
    const body = await readBody(c, AddIamProjectMemberRequest);
    const a = rt.store.accounts.get(body.memberUuid);
    if (a?.iam?.orgId !== project.orgId || a.state !== 'STABLE') throw new NhnError(RESULT.INVALID_MEMBER);
    addProjectMember(rt, project, { memberUuid: a.uuid, email: a.email }, body.assignRoles, 'COMPLETE');
    return reply(c, HeaderOnlyResponse, {});
  });

  app.delete(BASE, async (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.Iam.Delete']);
    const { memberUuids } = await readBody(c, DeleteIamProjectMembersRequest);
    const members = [...new Set(memberUuids)].map((uuid) => findProjectMember(rt, project, uuid, true).m);
    removeProjectMembers(c, rt, project, members);
    return reply(c, HeaderOnlyResponse, {});
  });

  app.get(`${BASE}/:memberUuid`, (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.Iam.Get']);
    const { m, account } = findProjectMember(rt, project, c.req.param('memberUuid'), true);
    if (!account) throw new NhnError(RESULT.PROJECT_MEMBER_NOT_FOUND);
    const { memberName, ...rest } = toIamProjectMember(rt, project, m, account);
    return reply(c, GetIamProjectMemberResponse, {
      projectMember: {
        ...rest,
        ...(memberName === undefined ? {} : { name: memberName }),
        roles: projectRoleBundles(rt.store, project, m.roles),
      },
    });
  });

  app.get(BASE, (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.Iam.List']);
    const { page, limit } = pageQuery(c);
    const rows = rt.store.projectMembers
      .list((m) => m.projectId === project.projectId && m.memberUuid !== undefined)
      .flatMap((m) => {
        const a = rt.store.accounts.get(m.memberUuid ?? '');
        return a?.type === 'IAM' ? [{ m, a }] : [];
      });
    const { items, paging } = paginate(rows, page, limit);
    return reply(c, ListIamProjectMembersResponse, {
      paging,
      projectMembers: items.map(({ m, a }) => toIamProjectMember(rt, project, m, a)),
    });
  });

  app.put(`${BASE}/:memberUuid`, async (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.Iam.Update']);
    const { m } = findProjectMember(rt, project, c.req.param('memberUuid'), true);
    const { assignRoles } = await readBody(c, UpdateMemberRoleRequest);
    changeProjectRoles(rt, project, m, assignRoles);
    return reply(c, HeaderOnlyResponse, {});
  });
}
