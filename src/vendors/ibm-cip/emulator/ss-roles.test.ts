import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoleCreatedResponseSchema, RoleListSchema, RoleResponseSchema } from '../wire';
import { startCip, type TestCip } from './test-support';

const SUCCESS = { success: true, apiError: false, message: 'Success', errors: {} };
const DEFAULT_ROLE = '6bd0ef40-76b1-11e2-bcfd-0800200c9a66';
const HELPDESK = 'adb10561-ed35-451c-936f-d1d41d9c1882';

/** The seed's SS22 example body, objects for filters and all. */
const ER90 = {
  applicationSuites: [
    { applicationId: 1, allowAccess: true },
    { applicationId: 4, allowAccess: true },
    { applicationId: 3, allowAccess: true },
    { applicationId: 2, allowAccess: true },
  ],
  defaultRole: false,
  filterOptions: {
    userFilter: { attributeName: 'accessHint', attributeValue: 'test', includeInResult: false },
    serviceFilter: { attributeName: 'cn', attributeValue: 'test', includeInResult: false },
  },
  instanceId: 182,
  name: 'ER-90',
  description: 'ER-90 Description',
  preferences: { checkUsernameButton: true, demoteHelpDesk: false },
  searchOptions: {
    userSearch: [
      { rank: 0, mapping: 'givenName', name: 'givenName' },
      { rank: 1, mapping: 'sn', name: 'sn' },
    ],
  },
  uuid: DEFAULT_ROLE,
  viewPermissions: [],
  viewPrefs: Object.fromEntries(
    ['launchpad', 'profile', 'reports', 'requests', 'services', 'users'].map((k) => [
      k,
      { appSectionCode: k, show: k === 'launchpad' },
    ]),
  ),
};

describe('ibm-cip self-service roles', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());
  const roles = async () => RoleListSchema.parse((await cip.call('GET', '/GmaApi/ss/roles')).body);

  it('SS19 lists role summaries by priority; SS11 returns one role with its instance default', async () => {
    const list = await roles();
    expect(list[0]).toEqual({
      id: 190,
      clientId: 501,
      name: 'pd-helpdesk',
      uuid: HELPDESK,
      aliasMapping: { id: 276, name: 'pd-helpdesk', clientId: 501 },
      defaultRole: false,
      clientRolePriority: 0,
      clientRoleDescription: 'pd helpdesk',
    });
    expect(list[1]).toMatchObject({
      id: 149,
      name: 'Default',
      uuid: DEFAULT_ROLE,
      defaultRole: true,
      clientRolePriority: 1,
    });
    const one = RoleResponseSchema.parse((await cip.call('GET', `/GmaApi/ss/role/${HELPDESK}`)).body);
    expect(one.defaultRole).toBe(DEFAULT_ROLE);
    expect(one.roles[0]).toMatchObject({
      uuid: HELPDESK,
      instanceId: 182,
      name: 'pd-helpdesk',
      viewPrefs: { users: { appSectionCode: 'users', show: true } },
    });
    const missing = await cip.call('GET', '/GmaApi/ss/role/1111111-1111-1111-1111-111111111111');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      status: { success: false, apiError: true, message: 'RoleNotFound' },
    });
  });

  it('SS22 adds a role from the seed example: a taken uuid gets a fresh one, filters become arrays', async () => {
    const res = RoleCreatedResponseSchema.parse(
      (await cip.call('POST', '/GmaApi/ss/role', { json: ER90 })).body,
    );
    expect(res).toMatchObject({
      status: SUCCESS,
      clientId: 501,
      roleName: 'ER-90',
      description: 'ER-90 Description',
      defaultRole: false,
    });
    expect(res.uuid).not.toBe(DEFAULT_ROLE);
    expect(res.clientRolePriority).toBe(4);
    const role = RoleResponseSchema.parse((await cip.call('GET', `/GmaApi/ss/role/${res.uuid}`)).body)
      .roles[0];
    expect(role?.filterOptions.userFilter).toEqual([
      { attributeName: 'accessHint', attributeValue: 'test', includeInResult: false },
    ]);
    expect(role?.searchOptions.userSearch.map((s) => s.name)).toEqual(['givenName', 'sn']);
    expect((await cip.call('POST', '/GmaApi/ss/role', { json: ER90 })).status).toBe(400);
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/role', {
          json: { ...ER90, name: 'Long', description: 'x'.repeat(101) },
        })
      ).status,
    ).toBe(400);
    const hidden = {
      ...ER90,
      name: 'Hidden',
      viewPrefs: Object.fromEntries(
        Object.entries(ER90.viewPrefs).map(([k, v]) => [k, { ...v, show: false }]),
      ),
    };
    expect((await cip.call('POST', '/GmaApi/ss/role', { json: hidden })).status).toBe(400);
    expect(
      (await cip.call('POST', '/GmaApi/ss/role', { json: { ...ER90, name: 'Nowhere', instanceId: 404 } }))
        .status,
    ).toBe(404);
    expect((await cip.call('POST', '/GmaApi/ss/role')).status).toBe(400);
  });

  it('SS22 with defaultRole true takes the default from the other roles of the instance', async () => {
    const res = RoleCreatedResponseSchema.parse(
      (
        await cip.call('POST', '/GmaApi/ss/role', {
          json: { ...ER90, name: 'NewDefault', uuid: undefined, defaultRole: true },
        })
      ).body,
    );
    const list = await roles();
    expect(
      list
        .filter((r) => r.defaultRole && [res.uuid, DEFAULT_ROLE, HELPDESK].includes(r.uuid))
        .map((r) => r.uuid),
    ).toEqual([res.uuid]);
  });

  it('SS30 updates the role named in the path, whatever uuid the body carries', async () => {
    const body = {
      ...ER90,
      name: 'pd-helpdesk',
      description: 'help desk, renamed',
      uuid: DEFAULT_ROLE,
      filterOptions: { userFilter: [], serviceFilter: [] },
    };
    expect((await cip.call('PUT', `/GmaApi/ss/role/${HELPDESK}`, { json: body })).body).toEqual({
      status: SUCCESS,
    });
    const list = await roles();
    expect(list.find((r) => r.uuid === HELPDESK)?.clientRoleDescription).toBe('help desk, renamed');
    expect(list.find((r) => r.uuid === DEFAULT_ROLE)?.clientRoleDescription).toBe('default role description');
    expect(
      (await cip.call('PUT', `/GmaApi/ss/role/${HELPDESK}`, { json: { ...body, name: 'Default' } })).status,
    ).toBe(400);
    expect(
      (await cip.call('PUT', '/GmaApi/ss/role/00000000-0000-0000-0000-000000000000', { json: body })).status,
    ).toBe(404);
  });

  it('SS35 sets priority and default flag (keys in either case), shifting a taken priority', async () => {
    const res = await cip.call('PUT', '/GmaApi/ss/roles', {
      json: { ClientId: 501, Uuid: HELPDESK, clientRolePriority: 1, defaultRole: true },
    });
    expect(res.body).toEqual({ success: true, apiError: false, message: 'Client Roles updated', errors: {} });
    const list = await roles();
    expect(list.find((r) => r.uuid === HELPDESK)).toMatchObject({ clientRolePriority: 1, defaultRole: true });
    expect(list.find((r) => r.uuid === DEFAULT_ROLE)).toMatchObject({
      clientRolePriority: 2,
      defaultRole: false,
    });
    expect(
      (
        await cip.call('PUT', '/GmaApi/ss/roles', {
          json: { clientId: 134, uuid: HELPDESK, clientRolePriority: 1, defaultRole: false },
        })
      ).status,
    ).toBe(400);
    expect(
      (await cip.call('PUT', '/GmaApi/ss/roles', { json: { clientId: 501, uuid: HELPDESK } })).status,
    ).toBe(400);
  });
});
