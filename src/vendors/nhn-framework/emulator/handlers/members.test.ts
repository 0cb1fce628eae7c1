import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeaderOnlyResponse } from '../../wire/common';
import { ListIamOrgMembersResponse } from '../../wire/iam';
import {
  GetOrgMemberResponse,
  GetProjectMemberResponse,
  SearchOrgMembersResponse,
  SearchProjectMembersResponse,
} from '../../wire/members';
import { CreateProjectResponse } from '../../wire/projects';
import { harness } from '../test-support';
import type { Harness } from '../test-support';

describe('Organization members (#10 #11 #30)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());
  const SEARCH = () => `/v1/organizations/${h.orgId}/members/search`;
  const member = (uuid: string) => `/v1/organizations/${h.orgId}/members/${uuid}`;

  it('searches NHN Cloud and IAM members with masked emails, paging, status and role filters', async () => {
    const all = await h.ok(SearchOrgMembersResponse, 'POST', SEARCH(), { body: {} });
    expect(all.paging.totalCount).toBeGreaterThanOrEqual(30);
    expect(all.orgMembers).toHaveLength(20);
    expect(new Set(all.orgMembers.map((m) => m.memberTypeCode))).toEqual(new Set(['TOAST_CLOUD', 'IAM']));
    const owner = all.orgMembers.find((m) => m.memberUuid === h.meta.ownerUuid);
    expect(owner?.maskingEmail).toBe('ow***@acme-games.example');
    const invited = await h.ok(SearchOrgMembersResponse, 'POST', SEARCH(), {
      body: { memberStatusCodes: ['INVITED'] },
    });
    expect(invited.orgMembers).toHaveLength(1);
    expect(invited.orgMembers[0]).toMatchObject({ inviteStatusCode: 'WAIT' });
    expect(invited.orgMembers[0]?.memberUuid).toBeUndefined();
    for (const status of ['BLOCKED', 'WITHDRAW'] as const) {
      expect(
        (await h.ok(SearchOrgMembersResponse, 'POST', SEARCH(), { body: { memberStatusCodes: [status] } }))
          .paging.totalCount,
      ).toBeGreaterThan(0);
    }
    const admins = await h.ok(SearchOrgMembersResponse, 'POST', SEARCH(), {
      body: { roleIds: ['OWNER', 'ADMIN'] },
    });
    expect(admins.paging.totalCount).toBe(2);
    const page = await h.ok(SearchOrgMembersResponse, 'POST', SEARCH(), {
      body: { paging: { page: 2, limit: 5 } },
    });
    expect(page.orgMembers[0]?.email).toBe(all.orgMembers[5]?.email);
    const iam = page.orgMembers.concat(all.orgMembers).find((m) => m.memberTypeCode === 'IAM');
    expect(iam?.id).toMatch(/^[a-z0-9._-]+$/);
  });

  it('rejects a missing or malformed search body and unknown statuses (400)', async () => {
    expect(await h.code('POST', SEARCH())).toBe(400);
    expect(await h.code('POST', SEARCH(), { body: { memberStatusCodes: ['ASLEEP'] } })).toBe(400);
    expect(await h.code('POST', SEARCH(), { body: { paging: { page: 0 } } })).toBe(400);
  });

  it('shows a member with roles and changes them, never the OWNER’s (22013)', async () => {
    const target = await h.account({ org: ['MEMBER'] });
    const before = await h.ok(GetOrgMemberResponse, 'GET', member(target.uuid));
    expect(before.orgMember).toMatchObject({
      memberUuid: target.uuid,
      memberTypeCode: 'TOAST_CLOUD',
      inviteStatusCode: 'COMPLETE',
      roleCode: 'MEMBER',
    });
    expect(before.orgMember.roles?.[0]).toMatchObject({
      roleId: 'MEMBER',
      categoryTypeCode: 'ROLE',
      roleApplyPolicyCode: 'ALLOW',
    });
    await h.ok(HeaderOnlyResponse, 'PUT', member(target.uuid), {
      body: { assignRoles: [{ roleId: 'MEMBER' }, { roleId: 'ORG_MEMBER_VIEWER' }] },
    });
    const after = await h.ok(GetOrgMemberResponse, 'GET', member(target.uuid));
    expect(after.orgMember.roles?.map((r) => r.roleId)).toEqual(['MEMBER', 'ORG_MEMBER_VIEWER']);
    expect(
      await h.code('PUT', member(h.meta.ownerUuid), { body: { assignRoles: [{ roleId: 'MEMBER' }] } }),
    ).toBe(22013);
  });

  it('refuses unknown (10009), project-only (62019) and empty (10010) role sets, and unknown members (50007)', async () => {
    const target = await h.account();
    expect(await h.code('PUT', member(target.uuid), { body: { assignRoles: [{ roleId: 'WIZARD' }] } })).toBe(
      10009,
    );
    expect(
      await h.code('PUT', member(target.uuid), {
        body: { assignRoles: [{ roleId: 'PROJECT_MEMBER_ADMIN' }] },
      }),
    ).toBe(62019);
    expect(await h.code('PUT', member(target.uuid), { body: { assignRoles: [{ roleId: 'OWNER' }] } })).toBe(
      62019,
    );
    expect(await h.code('PUT', member(target.uuid), { body: { assignRoles: [] } })).toBe(10010);
    expect(await h.code('PUT', member(target.uuid), { body: { assignRoles: 'MEMBER' } })).toBe(400);
    expect(await h.code('GET', member('00000000-0000-4000-8000-000000000000'))).toBe(50007);
  });

  it('keeps conditions on read-back, enriched from the attribute catalogue', async () => {
    const target = await h.account();
    const conditions = [
      { attributeId: 'SOURCE_IP', attributeOperatorTypeCode: 'ANY_MATCH', attributeValues: ['10.0.0.0/8'] },
    ];
    await h.ok(HeaderOnlyResponse, 'PUT', member(target.uuid), {
      body: { assignRoles: [{ roleId: 'MEMBER', conditions }] },
    });
    const read = await h.ok(GetOrgMemberResponse, 'GET', member(target.uuid));
    expect(read.orgMember.roles?.[0]?.conditions?.[0]).toMatchObject({
      ...conditions[0],
      attributeDataTypeCode: 'IPADDRESS',
      attributeName: 'Source IP',
    });
    const bad = [{ attributeId: 'MOON_PHASE', attributeOperatorTypeCode: 'TRUE', attributeValues: [] }];
    expect(
      await h.code('PUT', member(target.uuid), {
        body: { assignRoles: [{ roleId: 'MEMBER', conditions: bad }] },
      }),
    ).toBe(400);
  });
});

describe('Project members (#1 #3 #15 #16 #31)', () => {
  let h: Harness;
  let project: string;
  beforeEach(async () => {
    h = await harness();
    project = (
      await h.ok(CreateProjectResponse, 'POST', `/v1/organizations/${h.orgId}/projects`, {
        body: { projectName: 'Members' },
      })
    ).project.projectId;
  });
  afterEach(() => h.close());
  const MEMBERS = () => `/v1/projects/${project}/members`;
  const iamUuid = async (userCode: string) =>
    (
      await h.ok(
        ListIamOrgMembersResponse,
        'GET',
        `/v1/iam/organizations/${h.orgId}/members?userCode=${userCode}`,
      )
    ).orgMembers[0]?.id ?? '';

  it('adds by uuid, by IAM userCode, or invites by email, with precedence uuid > email > userCode', async () => {
    const cloud = await h.account();
    await h.ok(HeaderOnlyResponse, 'POST', MEMBERS(), {
      body: { memberUuid: cloud.uuid, email: 'ignored@x.example', assignRoles: [{ roleId: 'MEMBER' }] },
    });
    await h.ok(HeaderOnlyResponse, 'POST', MEMBERS(), {
      body: { userCode: 'woojin.lim', assignRoles: [{ roleId: 'INSTANCE_ADMIN' }] },
    });
    await h.ok(HeaderOnlyResponse, 'POST', MEMBERS(), {
      body: { email: 'guest@partner.example', userCode: 'eunji.kang', assignRoles: [{ roleId: 'MEMBER' }] },
    });
    const list = await h.ok(SearchProjectMembersResponse, 'POST', `${MEMBERS()}/search`, { body: {} });
    expect(list.paging.totalCount).toBe(4);
    const guest = list.projectMembers.find((m) => m.emailAddress === 'guest@partner.example');
    expect(guest).toMatchObject({ statusCode: 'WAIT', maskingEmail: 'gu***@partner.example' });
    expect(guest?.uuid).toBeUndefined();
    const woojin = await iamUuid('woojin.lim');
    expect(list.projectMembers.find((m) => m.uuid === woojin)).toMatchObject({
      memberTypeCode: 'IAM',
      statusCode: 'COMPLETE',
    });
    expect(list.projectMembers.some((m) => m.emailAddress?.startsWith('eunji'))).toBe(false);
    const invited = await h.ok(SearchProjectMembersResponse, 'POST', `${MEMBERS()}/search`, {
      body: { memberStatusCodes: ['INVITED'] },
    });
    expect(invited.projectMembers).toHaveLength(1);
    const byRole = await h.ok(SearchProjectMembersResponse, 'POST', `${MEMBERS()}/search`, {
      body: { roleIds: ['INSTANCE_ADMIN'] },
    });
    expect(byRole.projectMembers.map((m) => m.uuid)).toEqual([woojin]);
  });

  it('answers 22006 for a duplicate, 50007 for an invalid member, 10009/10010 for roles, 400 without identifier', async () => {
    const cloud = await h.account();
    const add = (body: object) => h.code('POST', MEMBERS(), { body });
    expect(await add({ memberUuid: cloud.uuid, assignRoles: [{ roleId: 'MEMBER' }] })).toBe(0);
    expect(await add({ memberUuid: cloud.uuid, assignRoles: [{ roleId: 'MEMBER' }] })).toBe(22006);
    expect(await add({ email: cloud.email, assignRoles: [{ roleId: 'MEMBER' }] })).toBe(22006);
    expect(
      await add({ memberUuid: '00000000-0000-4000-8000-000000000000', assignRoles: [{ roleId: 'MEMBER' }] }),
    ).toBe(50007);
    expect(await add({ userCode: 'haneul.ryu', assignRoles: [{ roleId: 'MEMBER' }] })).toBe(50007);
    expect(await add({ userCode: 'nobody', assignRoles: [{ roleId: 'MEMBER' }] })).toBe(50007);
    expect(await add({ userCode: 'yerin.hong', assignRoles: [{ roleId: 'NOPE' }] })).toBe(10009);
    expect(await add({ userCode: 'yerin.hong', assignRoles: [] })).toBe(10010);
    expect(await add({ assignRoles: [{ roleId: 'MEMBER' }] })).toBe(400);
    expect(await add({ email: 'not-an-email', assignRoles: [{ roleId: 'MEMBER' }] })).toBe(400);
  });

  it('shows a member with its roles, a role group reading back as ROLE_GROUP', async () => {
    const { live } = await h.projects();
    const uuid = await iamUuid('sungmin.oh');
    const view = await h.ok(GetProjectMemberResponse, 'GET', `/v1/projects/${live}/members/${uuid}`);
    expect(view.projectMember).toMatchObject({
      uuid,
      memberTypeCode: 'IAM',
      statusCode: 'COMPLETE',
      memberName: 'Sungmin Oh',
    });
    expect(view.projectMember.roles?.map((r) => r.categoryTypeCode).sort()).toEqual(['ROLE', 'ROLE_GROUP']);
    expect(await h.code('GET', `/v1/projects/${live}/members/00000000-0000-4000-8000-000000000000`)).toBe(
      12100,
    );
  });

  it('changes roles (replace-all) and keeps one ADMIN (10012) on change and delete', async () => {
    const cloud = await h.account();
    await h.ok(HeaderOnlyResponse, 'POST', MEMBERS(), {
      body: { memberUuid: cloud.uuid, assignRoles: [{ roleId: 'MEMBER' }] },
    });
    const path = `${MEMBERS()}/${cloud.uuid}`;
    await h.ok(HeaderOnlyResponse, 'PUT', path, {
      body: { assignRoles: [{ roleId: 'PROJECT_MEMBER_VIEWER' }] },
    });
    expect(
      (await h.ok(GetProjectMemberResponse, 'GET', path)).projectMember.roles?.map((r) => r.roleId),
    ).toEqual(['PROJECT_MEMBER_VIEWER']);
    expect(await h.code('PUT', path, { body: { assignRoles: [] } })).toBe(10010);
    expect(await h.code('PUT', path, { body: { assignRoles: [{ roleId: 'GHOST' }] } })).toBe(10009);
    expect(
      await h.code('PUT', `${MEMBERS()}/00000000-0000-4000-8000-000000000000`, {
        body: { assignRoles: [{ roleId: 'MEMBER' }] },
      }),
    ).toBe(12100);
    // The OWNER created the project and is its only ADMIN.
    expect(
      await h.code('PUT', `${MEMBERS()}/${h.meta.ownerUuid}`, {
        body: { assignRoles: [{ roleId: 'MEMBER' }] },
      }),
    ).toBe(10012);
    const admin = await h.account({ projects: { [project]: ['MEMBER'] } });
    expect(await h.code('DELETE', `${MEMBERS()}/${h.meta.ownerUuid}`, { token: admin.token })).toBe(-6);
    await h.ok(HeaderOnlyResponse, 'PUT', `${MEMBERS()}/${admin.uuid}`, {
      body: { assignRoles: [{ roleId: 'ADMIN' }] },
    });
    expect(await h.code('DELETE', `${MEMBERS()}/${admin.uuid}`, { token: admin.token })).toBe(12107);
    await h.ok(HeaderOnlyResponse, 'DELETE', `${MEMBERS()}/${h.meta.ownerUuid}`, { token: admin.token });
    expect(await h.code('DELETE', `${MEMBERS()}/${cloud.uuid}`, { token: admin.token })).toBe(0);
    expect(await h.code('DELETE', `${MEMBERS()}/${cloud.uuid}`, { token: admin.token })).toBe(12100);
    const other = await h.account({ projects: { [project]: ['PROJECT_MEMBER_ADMIN'] } });
    expect(await h.code('DELETE', `${MEMBERS()}/${admin.uuid}`, { token: other.token })).toBe(10012);
  });
});
