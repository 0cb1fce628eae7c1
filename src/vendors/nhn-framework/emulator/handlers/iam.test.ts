import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeaderOnlyResponse } from '../../wire/common';
import {
  AddIamOrgMemberResponse,
  GetIamOrgMemberResponse,
  GetIamProjectMemberResponse,
  ListIamOrgMembersResponse,
  ListIamProjectMembersResponse,
} from '../../wire/iam';
import { CreateProjectResponse } from '../../wire/projects';
import { harness } from '../test-support';
import type { Harness } from '../test-support';

const NEW_MEMBER = {
  userCode: 'new.hire',
  name: 'New Hire',
  emailAddress: 'new.hire@acme-games.example',
  status: 'member',
};

describe('Organization IAM members (#32–#37)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());
  const BASE = () => `/v1/iam/organizations/${h.orgId}/members`;

  it('lists IAM members with every filter and paging', async () => {
    const all = await h.ok(ListIamOrgMembersResponse, 'GET', `${BASE()}?limit=100`);
    expect(all.paging.totalCount).toBe(20);
    expect(all.orgMembers.every((m) => m.organizationId === h.orgId && m.id.length === 36)).toBe(true);
    const q = async (query: string) =>
      (await h.ok(ListIamOrgMembersResponse, 'GET', `${BASE()}?${query}`)).orgMembers.map((m) => m.userCode);
    expect(await q('userCode=jisoo.han')).toEqual(['jisoo.han']);
    expect(await q('userCodeLike=bot')).toEqual(['build-bot', 'deploy_bot.kr1']);
    expect(await q('nameLike=kang')).toEqual(['eunji.kang']);
    expect(await q('email=JIWON.KWON@acme-games.example')).toEqual(['jiwon.kwon']);
    expect((await q('emailLike=acme-games&limit=5')).length).toBe(5);
    expect(await q('statuses=leaved')).toEqual(['haneul.ryu']);
    expect((await q('idProviderType=sso')).sort()).toEqual([
      'chaeyoung.seo',
      'hyunwoo.shin',
      'nari.jo',
      'sungmin.oh',
    ]);
    expect(await h.code('GET', `${BASE()}?statuses=gone`)).toBe(400);
    expect(await h.code('GET', `${BASE()}?idProviderType=ldap`)).toBe(400);
  });

  it('adds a member (uuid back), shows it with the NONE org role, and refuses a taken userCode (22006)', async () => {
    const { uuid } = await h.ok(AddIamOrgMemberResponse, 'POST', BASE(), {
      body: {
        member: { ...NEW_MEMBER, mobilePhone: '1011112222', mobilePhoneCountryCode: '+82', id: 'ignored' },
      },
    });
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    const shown = await h.ok(GetIamOrgMemberResponse, 'GET', `${BASE()}/${uuid}`);
    expect(shown.orgMember).toMatchObject({
      id: uuid,
      userCode: 'new.hire',
      status: 'member',
      idProviderType: 'service',
      maskingEmail: 'ne***@acme-games.example',
      lastLoggedInAt: null,
      country: 'KR',
    });
    expect(shown.orgMember.roles?.map((r) => r.roleId)).toEqual(['NONE']);
    expect(await h.code('POST', BASE(), { body: { member: NEW_MEMBER } })).toBe(22006);
    expect(await h.code('GET', `${BASE()}/00000000-0000-4000-8000-000000000000`)).toBe(50007);
  });

  it.each([
    [{ userCode: 'a'.repeat(21) }, -200201],
    [{ userCode: 'Upper' }, -200202],
    [{ userCode: '.dot' }, -200202],
    [{ userCode: 'dash-' }, -200202],
    [{ name: 'n'.repeat(61) }, -200203],
    [{ emailAddress: 'nope' }, 400],
    [{ status: 'leaved' }, 400],
    [{ mobilePhone: '1012345678' }, 400],
    [{ idProviderType: 'ldap' }, 400],
  ])('validates %o on create with %i', async (patch, code) => {
    expect(await h.code('POST', BASE(), { body: { member: { ...NEW_MEMBER, ...patch } } })).toBe(code);
  });

  it('accepts sso only in an org with SSO, and requires the member body', async () => {
    const org = h.runtime.store.orgs.get(h.orgId);
    if (org) h.runtime.store.orgs.put(h.orgId, { ...org, ssoEnabled: false });
    expect(await h.code('POST', BASE(), { body: { member: { ...NEW_MEMBER, idProviderType: 'sso' } } })).toBe(
      400,
    );
    expect(await h.code('POST', BASE(), { body: NEW_MEMBER })).toBe(400);
  });

  it('modifies a member, and offboards with leaved unless it administers a project (70014)', async () => {
    const { uuid } = await h.ok(AddIamOrgMemberResponse, 'POST', BASE(), { body: { member: NEW_MEMBER } });
    await h.ok(HeaderOnlyResponse, 'PUT', `${BASE()}/${uuid}`, {
      body: { member: { ...NEW_MEMBER, name: 'Renamed', department: 'QA' } },
    });
    expect((await h.ok(GetIamOrgMemberResponse, 'GET', `${BASE()}/${uuid}`)).orgMember).toMatchObject({
      name: 'Renamed',
      department: 'QA',
    });
    expect(
      await h.code('PUT', `${BASE()}/${uuid}`, {
        body: { member: { ...NEW_MEMBER, userCode: 'jisoo.han' } },
      }),
    ).toBe(22006);
    const { data } = await h.projects();
    await h.ok(HeaderOnlyResponse, 'POST', `/v1/iam/projects/${data}/members`, {
      body: { memberUuid: uuid, assignRoles: [{ roleId: 'ADMIN' }] },
    });
    expect(
      await h.code('PUT', `${BASE()}/${uuid}`, { body: { member: { ...NEW_MEMBER, status: 'leaved' } } }),
    ).toBe(70014);
    await h.ok(HeaderOnlyResponse, 'PUT', `/v1/iam/projects/${data}/members/${uuid}`, {
      body: { assignRoles: [{ roleId: 'MEMBER' }] },
    });
    await h.ok(HeaderOnlyResponse, 'PUT', `${BASE()}/${uuid}`, {
      body: { member: { ...NEW_MEMBER, status: 'leaved' } },
    });
    expect((await h.ok(GetIamOrgMemberResponse, 'GET', `${BASE()}/${uuid}`)).orgMember.status).toBe('leaved');
    expect(
      await h.code('PUT', `${BASE()}/00000000-0000-4000-8000-000000000000`, { body: { member: NEW_MEMBER } }),
    ).toBe(50007);
  });

  it('sends the password mail only back to toast.com, dooray.com or nhncloud.com (1000)', async () => {
    const { uuid } = await h.ok(AddIamOrgMemberResponse, 'POST', BASE(), { body: { member: NEW_MEMBER } });
    const mail = (returnUrl: string) =>
      h.code('POST', `${BASE()}/${uuid}/send-password-setup-mail`, { body: { locale: 'en', returnUrl } });
    expect(await mail('https://acme.console.nhncloud.com/iam/')).toBe(0);
    expect(await mail('https://dooray.com/')).toBe(0);
    expect(await mail('https://evil.example/nhncloud.com')).toBe(1000);
    expect(await mail('https://nhncloud.com.evil.example/')).toBe(1000);
    expect(
      await h.code('POST', `${BASE()}/${uuid}/send-password-setup-mail`, {
        body: { returnUrl: 'https://toast.com/' },
      }),
    ).toBe(400);
  });

  it('sets a password that follows the org policy, else 10005', async () => {
    const { uuid } = await h.ok(AddIamOrgMemberResponse, 'POST', BASE(), { body: { member: NEW_MEMBER } });
    const set = (password: string) =>
      h.code('POST', `${BASE()}/${uuid}/set-password`, { body: { password } });
    // The demo policy: at least 10 characters, upper, lower, digit, special, no 4-character runs, no reuse.
    for (const weak of [
      'Short1!',
      'alllowercase1!',
      'ALLUPPERCASE1!',
      'NoDigitsHere!!',
      'NoSpecial123X',
      'Abcd-1234-xyZ',
    ])
      expect(await set(weak)).toBe(10005);
    expect(await set('Tessera-Blue9x')).toBe(0);
    expect(await set('Tessera-Blue9x')).toBe(10005);
    const shown = await h.ok(GetIamOrgMemberResponse, 'GET', `${BASE()}/${uuid}`);
    expect(shown.orgMember.passwordChangedAt).toEqual(expect.any(String));
    expect(await h.code('POST', `${BASE()}/${uuid}/set-password`, { body: {} })).toBe(400);
  });

  it('needs Organization.Member.Iam.* (-6)', async () => {
    const viewer = await h.account({ org: ['ORG_MEMBER_VIEWER'] });
    expect(await h.code('GET', BASE(), { token: viewer.token })).toBe(0);
    expect(await h.code('POST', BASE(), { token: viewer.token, body: { member: NEW_MEMBER } })).toBe(-6);
  });
});

describe('Project IAM accounts (#55–#59)', () => {
  let h: Harness;
  let project: string;
  let uuid: string;
  beforeEach(async () => {
    h = await harness();
    project = (
      await h.ok(CreateProjectResponse, 'POST', `/v1/organizations/${h.orgId}/projects`, {
        body: { projectName: 'IAM' },
      })
    ).project.projectId;
    uuid = (
      await h.ok(AddIamOrgMemberResponse, 'POST', `/v1/iam/organizations/${h.orgId}/members`, {
        body: { member: NEW_MEMBER },
      })
    ).uuid;
  });
  afterEach(() => h.close());
  const BASE = () => `/v1/iam/projects/${project}/members`;

  it('adds, lists (memberName), shows (name + roles), re-roles and deletes IAM accounts', async () => {
    await h.ok(HeaderOnlyResponse, 'POST', BASE(), {
      body: { memberUuid: uuid, assignRoles: [{ roleId: 'MEMBER' }] },
    });
    const list = await h.ok(ListIamProjectMembersResponse, 'GET', BASE());
    expect(list.paging.totalCount).toBe(1);
    expect(list.projectMembers[0]).toMatchObject({
      uuid,
      id: 'new.hire',
      memberName: 'New Hire',
      maskingEmail: 'ne***@acme-games.example',
    });
    const shown = await h.ok(GetIamProjectMemberResponse, 'GET', `${BASE()}/${uuid}`);
    expect(shown.projectMember).toMatchObject({ uuid, id: 'new.hire', name: 'New Hire' });
    expect(shown.projectMember.roles?.map((r) => r.roleId)).toEqual(['MEMBER']);
    await h.ok(HeaderOnlyResponse, 'PUT', `${BASE()}/${uuid}`, {
      body: { assignRoles: [{ roleId: 'PROJECT_MEMBER_VIEWER' }] },
    });
    expect(
      (await h.ok(GetIamProjectMemberResponse, 'GET', `${BASE()}/${uuid}`)).projectMember.roles?.map(
        (r) => r.roleId,
      ),
    ).toEqual(['PROJECT_MEMBER_VIEWER']);
    await h.ok(HeaderOnlyResponse, 'DELETE', BASE(), { body: { memberUuids: [uuid] } });
    expect(await h.code('GET', `${BASE()}/${uuid}`)).toBe(12100);
  });

  it('answers 50007, 22006, 10009, 10010, 12100 and 10012 at their causes', async () => {
    const add = (body: object) => h.code('POST', BASE(), { body });
    expect(await add({ memberUuid: h.meta.ownerUuid, assignRoles: [{ roleId: 'MEMBER' }] })).toBe(50007);
    expect(await add({ memberUuid: uuid, assignRoles: [{ roleId: 'NOPE' }] })).toBe(10009);
    expect(await add({ memberUuid: uuid, assignRoles: [] })).toBe(10010);
    expect(await add({ memberUuid: uuid })).toBe(400);
    expect(await add({ memberUuid: uuid, assignRoles: [{ roleId: 'ADMIN' }] })).toBe(0);
    expect(await add({ memberUuid: uuid, assignRoles: [{ roleId: 'ADMIN' }] })).toBe(22006);
    expect(
      await h.code('PUT', `${BASE()}/${h.meta.ownerUuid}`, { body: { assignRoles: [{ roleId: 'MEMBER' }] } }),
    ).toBe(12100);
    expect(await h.code('DELETE', BASE(), { body: { memberUuids: [h.meta.ownerUuid] } })).toBe(12100);
    expect(await h.code('DELETE', BASE(), { body: { memberUuids: [] } })).toBe(400);
    // The OWNER (creator) and the IAM account are both ADMIN: removing the OWNER keeps one, removing both does not.
    await h.ok(HeaderOnlyResponse, 'DELETE', `/v1/projects/${project}/members/${h.meta.ownerUuid}`, {
      token: (await h.account({ org: ['ADMIN'] })).token,
    });
    expect(await h.code('DELETE', BASE(), { body: { memberUuids: [uuid] } })).toBe(10012);
    expect(await h.code('PUT', `${BASE()}/${uuid}`, { body: { assignRoles: [{ roleId: 'MEMBER' }] } })).toBe(
      10012,
    );
  });
});
