import type { Hono } from 'hono';
import { HeaderOnlyResponse, UpdateMemberRoleRequest } from '../../wire/common';
import {
  CreateProjectMemberRequest,
  GetProjectMemberResponse,
  SearchProjectMembersRequest,
  SearchProjectMembersResponse,
} from '../../wire/members';
import type { ProjectMember } from '../../wire/members';
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
import { paginate, readBody, reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';
import type { AccountRecord, ProjectMembershipRecord, ProjectRecord } from '../store';

function toProjectMember(m: ProjectMembershipRecord, account: AccountRecord | undefined): ProjectMember {
  const email = account?.email ?? m.email;
  return {
    emailAddress: email,
    maskingEmail: maskEmail(email),
    memberName: account?.name ?? email.split('@')[0] ?? email,
    memberTypeCode: account?.type ?? 'TOAST_CLOUD',
    relationDateTime: m.relationDateTime,
    statusCode: m.statusCode,
    ...(m.memberUuid ? { uuid: m.memberUuid } : {}),
  };
}

/** An account that may join a project of this org: active, and for an IAM account, of this org. */
function usableAccount(account: AccountRecord | undefined, project: ProjectRecord): account is AccountRecord {
  return (
    account?.state === 'STABLE' && (account.type === 'TOAST_CLOUD' || account.iam?.orgId === project.orgId)
  );
}

/**
 * Who #1 adds: the first identifier given wins (memberUuid > email > userCode). An email becomes an
 * invitation (WAIT, no uuid yet) as the vendor mails an invite; the two others add the member at once.
 */
function resolveNewMember(rt: Runtime, project: ProjectRecord, body: CreateProjectMemberRequest) {
  if (body.memberUuid) {
    const account = rt.store.accounts.get(body.memberUuid);
    if (!usableAccount(account, project)) throw new NhnError(RESULT.INVALID_MEMBER);
    return { member: { memberUuid: account.uuid, email: account.email }, status: 'COMPLETE' as const };
  }
  if (body.email) {
    if (!/^[^@\s]+@[^@\s]+$/.test(body.email))
      throw new NhnError(RESULT.INVALID_PARAMETER, 'Invalid parameter: email.');
    return { member: { email: body.email }, status: 'WAIT' as const };
  }
  if (body.userCode) {
    const account = rt.store.accounts.list(
      (a) => a.iam?.orgId === project.orgId && a.iam.userCode === body.userCode,
    )[0];
    if (!usableAccount(account, project)) throw new NhnError(RESULT.INVALID_MEMBER);
    return { member: { memberUuid: account.uuid, email: account.email }, status: 'COMPLETE' as const };
  }
  throw new NhnError(
    RESULT.INVALID_PARAMETER,
    'Invalid parameter: one of memberUuid, email and userCode is required.',
  );
}

const BASE = '/v1/projects/:projectId/members';

/** #1, #3, #15, #16, #31: project members, NHN Cloud and IAM alike. */
export function registerProjectMembers(app: Hono<NhnEnv>, rt: Runtime): void {
  app.post(BASE, async (c) => {
    const { project } = projectAccess(
      c,
      rt,
      c.req.param('projectId'),
      ['Project.Member.Create'],
      RESULT.PROJECT_GONE_FOR_MEMBER,
    );
    const body = await readBody(c, CreateProjectMemberRequest);
    const { member, status } = resolveNewMember(rt, project, body);
    addProjectMember(rt, project, member, body.assignRoles, status);
    return reply(c, HeaderOnlyResponse, {});
  });

  app.delete(`${BASE}/:targetUuid`, (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.Delete']);
    const { m } = findProjectMember(rt, project, c.req.param('targetUuid'));
    removeProjectMembers(c, rt, project, [m]);
    return reply(c, HeaderOnlyResponse, {});
  });

  app.get(`${BASE}/:memberUuid`, (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.Get']);
    const { m, account } = findProjectMember(rt, project, c.req.param('memberUuid'));
    return reply(c, GetProjectMemberResponse, {
      projectMember: {
        ...toProjectMember(m, account),
        roles: projectRoleBundles(rt.store, project, m.roles),
      },
    });
  });

  app.post(`${BASE}/search`, async (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.List']);
    const body = await readBody(c, SearchProjectMembersRequest);
    const statuses = body.memberStatusCodes?.length ? new Set(body.memberStatusCodes) : undefined;
    const roleIds = body.roleIds?.length ? new Set(body.roleIds) : undefined;
    const hits = rt.store.projectMembers.list(
      (m) =>
        m.projectId === project.projectId &&
        (statuses?.has(m.statusCode === 'WAIT' ? 'INVITED' : 'STABLE') ?? true) &&
        (roleIds ? m.roles.some((r) => roleIds.has(r.roleId)) : true),
    );
    const { items, paging } = paginate(hits, body.paging?.page ?? 1, body.paging?.limit ?? 20);
    return reply(c, SearchProjectMembersResponse, {
      paging,
      projectMembers: items.map((m) =>
        toProjectMember(m, m.memberUuid ? rt.store.accounts.get(m.memberUuid) : undefined),
      ),
    });
  });

  app.put(`${BASE}/:memberUuid`, async (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.Member.Update']);
    const { m } = findProjectMember(rt, project, c.req.param('memberUuid'));
    const { assignRoles } = await readBody(c, UpdateMemberRoleRequest);
    changeProjectRoles(rt, project, m, assignRoles);
    return reply(c, HeaderOnlyResponse, {});
  });
}
