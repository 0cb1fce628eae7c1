import type { Hono } from 'hono';
import { randomUuid } from '../../../../emulator-kit/random-id';
import { HeaderOnlyResponse } from '../../wire/common';
import {
  AddIamOrgMemberRequest,
  AddIamOrgMemberResponse,
  GetIamOrgMemberResponse,
  IamMemberStatus,
  ListIamOrgMembersResponse,
  SendPasswordSetupMailRequest,
  SetIamPasswordRequest,
  UpdateIamOrgMemberRequest,
} from '../../wire/iam';
import type { IamOrgMember } from '../../wire/iam';
import { expandProjectRoles, orgAccess } from '../auth/access';
import { orgRoleBundles } from '../assignments';
import { NhnError, RESULT } from '../errors';
import { maskEmail, offsetDate } from '../format';
import {
  allowedReturnUrl,
  checkIamMember,
  hashPassword,
  passwordMatches,
  passwordViolations,
} from '../iam-rules';
import { enumQuery, like, listQuery, pageQuery, paginate, readBody, reply } from '../respond';
import type { NhnContext, NhnEnv, Runtime } from '../runtime';
import type { AccountRecord, IamProfile, OrgRecord } from '../store';
import { memberKey, membershipKey } from '../store';

type IamAccount = AccountRecord & { iam: IamProfile };

export function toIamOrgMember(a: IamAccount): IamOrgMember {
  const { orgId, passwordHash: _hash, ...profile } = a.iam;
  // Every demo and new organization is a Korean entity, so its owner's nationality is KR.
  return {
    ...profile,
    id: a.uuid,
    organizationId: orgId,
    country: 'KR',
    maskingEmail: maskEmail(a.iam.emailAddress),
  };
}

/** An IAM account of this org, else 50007. */
export function findIamMember(rt: Runtime, orgId: string, uuid: string): IamAccount {
  const a = rt.store.accounts.get(uuid);
  if (a?.iam?.orgId !== orgId) throw new NhnError(RESULT.INVALID_MEMBER);
  return a as IamAccount;
}

function assertUserCodeFree(rt: Runtime, orgId: string, userCode: string, except?: string): void {
  if (
    rt.store.accounts.list((a) => a.iam?.orgId === orgId && a.iam.userCode === userCode && a.uuid !== except)
      .length > 0
  ) {
    throw new NhnError(RESULT.ALREADY_EXISTS, 'The IAM member ID is already in use.');
  }
}

/** Leaving needs the member not to administer any project of the org (70014). */
function assertMayLeave(rt: Runtime, org: OrgRecord, uuid: string): void {
  const administers = rt.store.projectMembers
    .list((m) => m.memberUuid === uuid)
    .some((m) => {
      const project = rt.store.projects.get(m.projectId);
      return (
        project?.orgId === org.orgId &&
        !project.deleted &&
        expandProjectRoles(rt.store, project, m.roles).includes('ADMIN')
      );
    });
  if (administers) throw new NhnError(RESULT.WITHDRAWAL_CONDITIONS);
}

function filterMembers(c: NhnContext, accounts: IamAccount[]): IamAccount[] {
  const q = (name: string) => c.req.query(name);
  const statuses = listQuery(c, 'statuses');
  for (const s of statuses)
    if (!IamMemberStatus.safeParse(s).success)
      throw new NhnError(RESULT.INVALID_PARAMETER, `Invalid parameter: statuses ${s}.`);
  const idp = enumQuery(c, 'idProviderType', ['service', 'sso'] as const);
  return accounts.filter(
    (a) =>
      (q('email') ? a.iam.emailAddress.toLowerCase() === q('email')?.toLowerCase() : true) &&
      like(a.iam.emailAddress, q('emailLike')) &&
      like(a.iam.name, q('nameLike')) &&
      (q('userCode') ? a.iam.userCode === q('userCode') : true) &&
      like(a.iam.userCode, q('userCodeLike')) &&
      (idp ? (a.iam.idProviderType ?? 'service') === idp : true) &&
      (statuses.length === 0 || statuses.includes(a.iam.status)),
  );
}

const BASE = '/v1/iam/organizations/:orgId/members';

/** #32–#37: the organization's IAM (organization-local) accounts. */
export function registerIamMembers(app: Hono<NhnEnv>, rt: Runtime): void {
  app.get(`${BASE}/:memberUuid`, (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.Iam.Get']);
    const a = findIamMember(rt, org.orgId, c.req.param('memberUuid'));
    const m = rt.store.orgMembers.get(memberKey(org.orgId, a.uuid));
    return reply(c, GetIamOrgMemberResponse, {
      orgMember: { ...toIamOrgMember(a), roles: orgRoleBundles(m?.roles ?? []) },
    });
  });

  app.get(BASE, (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.Iam.List']);
    const { page, limit } = pageQuery(c);
    const all = rt.store.accounts.list((a) => a.iam?.orgId === org.orgId) as IamAccount[];
    const { items, paging } = paginate(filterMembers(c, all), page, limit);
    return reply(c, ListIamOrgMembersResponse, { paging, orgMembers: items.map(toIamOrgMember) });
  });

  app.post(BASE, async (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.Iam.Create']);
    // Parsing keeps the writable fields only: read-only ones sent back by a client are ignored.
    const { member } = await readBody(c, AddIamOrgMemberRequest);
    checkIamMember(member, org, true);
    assertUserCodeFree(rt, org.orgId, member.userCode);
    const now = offsetDate(rt.now());
    const uuid = randomUuid();
    const key = membershipKey(org.orgId, { memberUuid: uuid, email: member.emailAddress });
    rt.store.transaction(() => {
      rt.store.accounts.put(uuid, {
        uuid,
        type: 'IAM',
        email: member.emailAddress,
        name: member.name,
        state: 'STABLE',
        secondFactorCertificationYn: 'N',
        recentLoginYmdt: null,
        recentPasswordModifyYmdt: null,
        iam: {
          idProviderType: 'service',
          creationType: 'registered',
          ...member,
          orgId: org.orgId,
          createdAt: now,
          lastAccessedAt: null,
          lastLoggedInAt: null,
          lastLoggedInIp: null,
          passwordChangedAt: null,
          passwordHash: null,
          saasRoles: [],
        },
      });
      // IAM accounts join the organization with the NONE role.
      rt.store.orgMembers.put(key, {
        key,
        orgId: org.orgId,
        memberUuid: uuid,
        email: member.emailAddress,
        inviteStatusCode: 'COMPLETE',
        blocked: false,
        joinYmdt: now,
        roles: [{ roleId: 'NONE', regDateTime: now }],
      });
    });
    return reply(c, AddIamOrgMemberResponse, { uuid });
  });

  app.post(`${BASE}/:memberId/send-password-setup-mail`, async (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.Iam.Update']);
    findIamMember(rt, org.orgId, c.req.param('memberId'));
    const body = await readBody(c, SendPasswordSetupMailRequest);
    if (!allowedReturnUrl(body.returnUrl))
      throw new NhnError(
        RESULT.INCORRECT_PARAMETER,
        'returnUrl must be on toast.com, dooray.com or nhncloud.com.',
      );
    return reply(c, HeaderOnlyResponse, {});
  });

  app.put(`${BASE}/:memberUuid`, async (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.Iam.Update']);
    const a = findIamMember(rt, org.orgId, c.req.param('memberUuid'));
    const { member } = await readBody(c, UpdateIamOrgMemberRequest);
    checkIamMember(member, org, false);
    assertUserCodeFree(rt, org.orgId, member.userCode, a.uuid);
    if (member.status === 'leaved' && a.iam.status !== 'leaved') assertMayLeave(rt, org, a.uuid);
    rt.store.accounts.put(a.uuid, {
      ...a,
      email: member.emailAddress,
      name: member.name,
      state: member.status === 'leaved' ? 'WITHDRAWN' : 'STABLE',
      iam: { ...a.iam, ...member },
    });
    return reply(c, HeaderOnlyResponse, {});
  });

  app.post(`${BASE}/:memberId/set-password`, async (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Member.Iam.Update']);
    const a = findIamMember(rt, org.orgId, c.req.param('memberId'));
    const { password } = await readBody(c, SetIamPasswordRequest);
    const broken = passwordViolations(password, org.passwordRule);
    if (org.passwordRule.limitPasswordReuse.enabled && passwordMatches(password, a.iam.passwordHash))
      broken.push('not the current password');
    if (broken.length > 0)
      throw new NhnError(RESULT.PARAMETER_NOT_APPROPRIATE, `The password must have ${broken.join(', ')}.`);
    const now = offsetDate(rt.now());
    rt.store.accounts.put(a.uuid, {
      ...a,
      recentPasswordModifyYmdt: now,
      iam: { ...a.iam, passwordHash: hashPassword(password), passwordChangedAt: now },
    });
    return reply(c, HeaderOnlyResponse, {});
  });
}
