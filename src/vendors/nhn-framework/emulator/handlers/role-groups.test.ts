import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeaderOnlyResponse } from '../../wire/common';
import { CreateProjectResponse } from '../../wire/projects';
import { GetRoleGroupResponse, ListRoleGroupsResponse } from '../../wire/role-groups';
import { ListRolesResponse } from '../../wire/roles';
import { harness } from '../test-support';
import type { Harness } from '../test-support';

describe('Role catalogues (#7 #8)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());

  it('lists org roles and permissions with a top-level totalCount, filtered and paged', async () => {
    const all = await h.ok(ListRolesResponse, 'GET', `/v1/organizations/${h.orgId}/roles?limit=200`);
    expect(all.totalCount).toBe(all.roles.length);
    expect(all.roles.map((r) => r.roleId)).toEqual(
      expect.arrayContaining(['OWNER', 'ADMIN', 'MEMBER', 'NONE', 'Organization.Member.List']),
    );
    const roles = await h.ok(
      ListRolesResponse,
      'GET',
      `/v1/organizations/${h.orgId}/roles?categoryTypeCodes=ROLE`,
    );
    expect(roles.roles.every((r) => r.categoryTypeCode === 'ROLE')).toBe(true);
    const named = await h.ok(
      ListRolesResponse,
      'GET',
      `/v1/organizations/${h.orgId}/roles?roleNameLike=member&limit=2`,
    );
    expect(named.roles).toHaveLength(2);
    expect(named.totalCount).toBeGreaterThan(2);
    expect(await h.code('GET', `/v1/organizations/${h.orgId}/roles?categoryTypeCodes=SYSTEM`)).toBe(400);
    expect(await h.code('GET', `/v1/organizations/${h.orgId}/roles?limit=abc`)).toBe(400);
  });

  it('lists project roles with the usable role groups as ROLE_GROUP, by repeated or comma-separated codes', async () => {
    const { live } = await h.projects();
    const groups = await h.ok(
      ListRolesResponse,
      'GET',
      `/v1/projects/${live}/roles?categoryTypeCodes=ROLE_GROUP`,
    );
    expect(groups.roles.map((r) => r.roleName).sort()).toEqual(['Auditors', 'Developers', 'On-call']);
    expect(groups.roles[0]).toMatchObject({ categoryKey: 'RoleGroup', roleCategory: 'PROJECT_ROLE_GROUP' });
    const repeated = await h.ok(
      ListRolesResponse,
      'GET',
      `/v1/projects/${live}/roles?categoryTypeCodes=ROLE&categoryTypeCodes=ROLE_GROUP&limit=500`,
    );
    const comma = await h.ok(
      ListRolesResponse,
      'GET',
      `/v1/projects/${live}/roles?categoryTypeCodes=ROLE,ROLE_GROUP&limit=500`,
    );
    expect(repeated.totalCount).toBe(comma.totalCount);
    expect(repeated.roles.some((r) => r.categoryTypeCode === 'PERMISSION')).toBe(false);
    expect(repeated.roles.some((r) => r.roleCategory === 'PROJECT_SERVICE_ROLE')).toBe(true);
  });
});

describe('Role groups, project and project common (#12 #17–#19 #22–#29)', () => {
  let h: Harness;
  let project: string;
  beforeEach(async () => {
    h = await harness();
    project = (
      await h.ok(CreateProjectResponse, 'POST', `/v1/organizations/${h.orgId}/projects`, {
        body: { projectName: 'Groups' },
      })
    ).project.projectId;
  });
  afterEach(() => h.close());

  const families = () => [
    { name: 'project', base: `/v1/projects/${project}/project-role-groups`, type: 'PROJECT' },
    { name: 'common', base: `/v1/organizations/${h.orgId}/project-role-groups`, type: 'ORG' },
  ];
  const ROLES = [
    { roleId: 'INSTANCE_ADMIN', roleApplyPolicyCode: 'ALLOW' },
    { roleId: 'SMS_ADMIN', roleApplyPolicyCode: 'DENY' },
  ];

  it.each([0, 1])('runs the whole life cycle of a group (family %i)', async (i) => {
    const { base, type } = families()[i] ?? { base: '', type: '' };
    await h.ok(HeaderOnlyResponse, 'POST', base, {
      body: { roleGroupName: 'Builders', description: 'CI', roles: ROLES },
    });
    expect(await h.code('POST', base, { body: { roleGroupName: 'Builders', roles: ROLES } })).toBe(62004);
    const list = await h.ok(ListRoleGroupsResponse, 'GET', `${base}?roleGroupNameLike=build`);
    const summary = list.roleGroups[0];
    expect(summary).toMatchObject({ roleGroupName: 'Builders', description: 'CI', roleGroupType: type });
    const id = summary?.roleGroupId ?? '';
    const detail = await h.ok(GetRoleGroupResponse, 'GET', `${base}/${id}`);
    expect(detail.roleGroup.roles.map((r) => [r.roleId, r.roleApplyPolicyCode])).toEqual([
      ['INSTANCE_ADMIN', 'ALLOW'],
      ['SMS_ADMIN', 'DENY'],
    ]);
    await h.ok(HeaderOnlyResponse, 'PUT', `${base}/${id}/infos`, {
      body: { roleGroupName: 'Build team', description: 'CI and CD' },
    });
    await h.ok(HeaderOnlyResponse, 'PUT', `${base}/${id}/roles`, {
      body: { roles: [{ roleId: 'MEMBER', roleApplyPolicyCode: 'ALLOW' }] },
    });
    const changed = await h.ok(GetRoleGroupResponse, 'GET', `${base}/${id}`);
    expect(changed.roleGroup).toMatchObject({ roleGroupName: 'Build team', description: 'CI and CD' });
    expect(changed.roleGroup.roles.map((r) => r.roleId)).toEqual(['MEMBER']);
    expect(
      await h
        .ok(ListRoleGroupsResponse, 'GET', `${base}?descriptionLike=cd`)
        .then((l) => l.roleGroups.length),
    ).toBe(1);
    await h.ok(HeaderOnlyResponse, 'DELETE', base, { body: { roleGroupIds: [id] } });
    for (const [method, path, body] of [
      ['GET', `${base}/${id}`, undefined],
      ['PUT', `${base}/${id}/infos`, { roleGroupName: 'x' }],
      ['PUT', `${base}/${id}/roles`, { roles: ROLES }],
      ['DELETE', base, { roleGroupIds: [id] }],
    ] as const) {
      expect(await h.code(method, path, { body })).toBe(62008);
    }
  });

  it.each([0, 1])('validates bodies and roles (family %i)', async (i) => {
    const { base } = families()[i] ?? { base: '' };
    expect(
      await h.code('POST', base, {
        body: { roleGroupName: 'X', roles: [{ roleId: 'NOPE', roleApplyPolicyCode: 'ALLOW' }] },
      }),
    ).toBe(62009);
    expect(
      await h.code('POST', base, {
        body: { roleGroupName: 'X', roles: [{ roleId: 'MEMBER', roleApplyPolicyCode: 'MAYBE' }] },
      }),
    ).toBe(400);
    expect(await h.code('POST', base, { body: { roles: ROLES } })).toBe(400);
    expect(await h.code('POST', base, { body: { roleGroupName: 'X', roles: [] } })).toBe(400);
    expect(await h.code('DELETE', base, { body: {} })).toBe(400);
    expect(await h.code('GET', `${base}?page=-1`)).toBe(400);
  });

  it('keeps the two families apart: a project cannot read a common group by id (62008), but lists it', async () => {
    const [projectFamily, common] = families();
    await h.ok(HeaderOnlyResponse, 'POST', common?.base ?? '', {
      body: { roleGroupName: 'Shared', roles: ROLES },
    });
    const id =
      (await h.ok(ListRoleGroupsResponse, 'GET', `${common?.base ?? ''}?roleGroupNameLike=Shared`))
        .roleGroups[0]?.roleGroupId ?? '';
    expect(await h.code('GET', `${projectFamily?.base ?? ''}/${id}`)).toBe(62008);
    const listed = await h.ok(ListRoleGroupsResponse, 'GET', projectFamily?.base ?? '');
    expect(listed.roleGroups.find((g) => g.roleGroupId === id)?.roleGroupType).toBe('ORG');
    // The same name may exist once per family.
    expect(
      await h.code('POST', projectFamily?.base ?? '', { body: { roleGroupName: 'Shared', roles: ROLES } }),
    ).toBe(0);
  });

  it('grants the ALLOW entries of an assigned group and refuses a delete that would leave a member roleless (10010)', async () => {
    const [projectFamily] = families();
    const base = projectFamily?.base ?? '';
    await h.ok(HeaderOnlyResponse, 'POST', base, {
      body: {
        roleGroupName: 'AppKey admins',
        roles: [
          { roleId: 'PROJECT_API_SECURITY_SETTING_ADMIN', roleApplyPolicyCode: 'ALLOW' },
          { roleId: 'ADMIN', roleApplyPolicyCode: 'DENY' },
        ],
      },
    });
    const id =
      (await h.ok(ListRoleGroupsResponse, 'GET', `${base}?roleGroupNameLike=AppKey`)).roleGroups[0]
        ?.roleGroupId ?? '';
    const user = await h.account({ projects: { [project]: [id] } });
    expect(
      await h.code('GET', `/v1/authentications/projects/${project}/project-appkeys`, { token: user.token }),
    ).toBe(0);
    expect(await h.code('DELETE', `/v1/projects/${project}`, { token: user.token })).toBe(-6);
    expect(await h.code('DELETE', base, { body: { roleGroupIds: [id] } })).toBe(10010);
    await h.ok(HeaderOnlyResponse, 'PUT', `/v1/projects/${project}/members/${user.uuid}`, {
      body: { assignRoles: [{ roleId: id }, { roleId: 'MEMBER' }] },
    });
    await h.ok(HeaderOnlyResponse, 'DELETE', base, { body: { roleGroupIds: [id] } });
    expect(
      await h.code('GET', `/v1/authentications/projects/${project}/project-appkeys`, { token: user.token }),
    ).toBe(0);
    expect(
      await h.code('POST', `/v1/authentications/projects/${project}/project-appkeys`, {
        token: user.token,
        body: { appkeyAlias: 'x' },
      }),
    ).toBe(-6);
  });

  it('refuses to delete a group a notification group uses (62011)', async () => {
    const { data } = await h.projects();
    const analysts = (
      await h.ok(
        ListRoleGroupsResponse,
        'GET',
        `/v1/projects/${data}/project-role-groups?roleGroupNameLike=Analysts`,
      )
    ).roleGroups[0];
    expect(
      await h.code('DELETE', `/v1/projects/${data}/project-role-groups`, {
        body: { roleGroupIds: [analysts?.roleGroupId] },
      }),
    ).toBe(62011);
  });

  it('needs the family’s own permission (-6)', async () => {
    const reader = await h.account({ org: ['MEMBER'], projects: { [project]: ['MEMBER'] } });
    for (const { base } of families()) {
      expect(await h.code('GET', base, { token: reader.token })).toBe(0);
      expect(
        await h.code('POST', base, { token: reader.token, body: { roleGroupName: 'X', roles: ROLES } }),
      ).toBe(-6);
    }
  });
});
