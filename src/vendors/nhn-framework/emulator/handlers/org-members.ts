import type { Hono } from 'hono';
import { HeaderOnlyResponse, UpdateMemberRoleRequest } from '../../wire/common';
import { GetOrgMemberResponse, SearchOrgMembersRequest, SearchOrgMembersResponse } from '../../wire/members';
import type { OrgMember, OrgMemberStatusCode } from '../../wire/members';
import { orgAccess } from '../auth/access';
import { orgRoleBundles, toStoredAssignments } from '../assignments';
import { findOrgRole, findProjectRole } from '../catalog/roles';
import { NhnError, RESULT } from '../errors';
import { maskEmail } from '../format';
import { paginate, readBody, reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';
import type { AccountRecord, OrgMembershipRecord } from '../store';
import { memberKey } from '../store';

/** Where a membership stands in the search vocabulary of #11. */
function statusOf(m: OrgMembershipRecord, account: AccountRecord | undefined): OrgMemberStatusCode {
  if (m.inviteStatusCode === 'WAIT') return 'INVITED';
  if (m.inviteStatusCode !== 'COMPLETE' || !account) return 'NOT_EXIST';
  if (account.state === 'WITHDRAWN') return 'WITHDRAW';
  return m.blocked || account.state === 'DORMANT' ? 'BLOCKED' : 'STABLE';
}

function toOrgMember(m: OrgMembershipRecord, account: AccountRecord | undefined): OrgMember {
  const email = account?.email ?? m.email;
  return {
    email,
    maskingEmail: maskEmail(email),
    memberName: account?.name ?? email.split('@')[0] ?? email,
    memberTypeCode: account?.type ?? 'TOAST_CLOUD',
    inviteStatusCode: m.inviteStatusCode,
    joinYmdt: m.joinYmdt,
    recentLoginYmdt: account?.recentLoginYmdt ?? null,
    recentPasswordModifyYmdt: account?.recentPasswordModifyYmdt ?? null,
    ...(m.memberUuid ? { memberUuid: m.memberUuid } : {}),
    ...(account?.iam
      ? { id: account.iam.userCode }
      : { secondFactorCertificationYn: account?.secondFactorCertificationYn ?? 'N' }),
  };
}

/** An existing member of the org by uuid (invitees have none), else 50007. */
function findMembership(rt: Runtime, orgId: string, uuid: string): OrgMembershipRecord {
  const m = rt.store.orgMembers.get(memberKey(orgId, uuid));
  if (!m) throw new NhnError(RESULT.INVALID_MEMBER, 'The member is not in the organization.');
  return m;
}

/** #10, #11, #30: organization members, NHN Cloud and IAM alike. */
export function registerOrgMembers(app: Hono<NhnEnv>, rt: Runtime): void {
  app.get('/v1/organizations/:orgId/members/:memberUuid', (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.Get']);
    const m = findMembership(rt, org.orgId, c.req.param('memberUuid'));
    const { maskingEmail: _masked, ...base } = toOrgMember(m, rt.store.accounts.get(m.memberUuid ?? ''));
    const primary = m.roles.find((r) => findOrgRole(r.roleId)?.categoryTypeCode === 'ROLE')?.roleId;
    return reply(c, GetOrgMemberResponse, {
      orgMember: {
        ...base,
        memberUuid: m.memberUuid ?? '',
        inviteStatusCode: m.inviteStatusCode,
        roles: orgRoleBundles(m.roles),
        ...(primary ? { roleCode: primary, roleId: primary } : {}),
      },
    });
  });

  app.post('/v1/organizations/:orgId/members/search', async (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.List']);
    const body = await readBody(c, SearchOrgMembersRequest);
    const statuses = body.memberStatusCodes?.length ? new Set(body.memberStatusCodes) : undefined;
    const roleIds = body.roleIds?.length ? new Set(body.roleIds) : undefined;
    const rows = rt.store.orgMembers
      .list((m) => m.orgId === org.orgId)
      .map((m) => ({ m, account: m.memberUuid ? rt.store.accounts.get(m.memberUuid) : undefined }))
      .filter(
        ({ m, account }) =>
          (statuses?.has(statusOf(m, account)) ?? true) &&
          (roleIds ? m.roles.some((r) => roleIds.has(r.roleId)) : true),
      );
    const { items, paging } = paginate(rows, body.paging?.page ?? 1, body.paging?.limit ?? 20);
    return reply(c, SearchOrgMembersResponse, {
      paging,
      orgMembers: items.map(({ m, account }) => toOrgMember(m, account)),
    });
  });

  app.put('/v1/organizations/:orgId/members/:memberUuid', async (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.Update']);
    const m = findMembership(rt, org.orgId, c.req.param('memberUuid'));
    if (m.memberUuid === org.ownerUuid) throw new NhnError(RESULT.OWNER_ROLE_FIXED);
    const { assignRoles } = await readBody(c, UpdateMemberRoleRequest);
    // OWNER is held by exactly one member and cannot be handed out through this API.
    const roles = toStoredAssignments(
      assignRoles,
      (id) => id !== 'OWNER' && findOrgRole(id) !== undefined,
      rt.now(),
      {
        code: RESULT.ORG_ROLE_NOT_ALLOWED,
        exists: (id) => id === 'OWNER' || findProjectRole(id) !== undefined || rt.store.roleGroups.has(id),
      },
    );
    rt.store.orgMembers.put(m.key, { ...m, roles });
    return reply(c, HeaderOnlyResponse, {});
  });
}
