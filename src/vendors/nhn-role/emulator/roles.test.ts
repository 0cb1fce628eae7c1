import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roleTestClient, type RoleTestClient } from './test-client';

type RoleBundle = {
  roleId: string;
  roleTags?: { roleTagId: string }[] | null;
  roleRelations?: { roleId: string; roleApplyPolicyCode: string }[] | null;
  attributes?: unknown[] | null;
};

describe('NHN ROLE roles, tags and relations (R1-R9, T1, RR1-RR3)', () => {
  let t: RoleTestClient;
  const role = (roleId: string, exposureOrder: number, extra: Record<string, unknown> = {}) =>
    t.ok('POST', '/roles', {
      role: {
        roleId,
        exposureOrder,
        roleName: `${roleId} name`,
        roleGroup: 'g1',
        description: `${roleId} role`,
      },
      ...extra,
    });

  beforeEach(async () => {
    t = await roleTestClient();
    await role('VIEWER', 3, { roleTags: [{ roleTagId: 'read' }, { roleTagId: 'base' }] });
    await role('EDITOR', 2, {
      roleRelations: [{ relatedRoleId: 'VIEWER' }],
      roleTags: [{ roleTagId: 'write' }],
    });
    await role('ADMIN', 1, {
      roleRelations: [{ relatedRoleId: 'EDITOR' }],
      roleTags: [{ roleTagId: 'write' }, { roleTagId: 'admin' }],
    });
  });
  afterEach(() => t.close());

  it('reads a role with tags, relations and attributes', async () => {
    await t.ok('POST', '/attributes', {
      attributeId: 'tier',
      attributeDataTypeCode: 'NUMERIC',
      attributeRoleRelationIds: ['ADMIN'],
    });
    const { role: r } = await t.ok<{ role: Record<string, unknown> }>('GET', '/roles/ADMIN');
    expect(r).toMatchObject({
      appKey: t.appKey,
      roleId: 'ADMIN',
      roleName: 'ADMIN name',
      roleGroup: 'g1',
      description: 'ADMIN role',
      exposureOrder: 1,
      roleTags: [{ roleTagId: 'write' }, { roleTagId: 'admin' }],
      attributes: [
        {
          attributeId: 'tier',
          attributeDataTypeCode: 'NUMERIC',
          attributeCreationTypeCode: 'ROLE_ATTRIBUTE',
        },
      ],
      roleRelations: [
        {
          roleId: 'EDITOR',
          roleName: 'EDITOR name',
          roleApplyPolicyCode: 'ALLOW',
          conditions: [],
          regDateTime: expect.any(String) as unknown,
        },
      ],
    });
    expect(typeof r.regDateTime).toBe('string');
  });

  it('lists role IDs and tag IDs with prefix filters, paging and sorts', async () => {
    expect(await t.ok('GET', '/roles/id')).toMatchObject({
      roleIds: ['ADMIN', 'EDITOR', 'VIEWER'],
      totalItems: 3,
    });
    expect(await t.ok('GET', '/roles/id?roleIdPreLike=ed')).toMatchObject({
      roleIds: ['EDITOR'],
      totalItems: 1,
    });
    expect(await t.ok('GET', '/roles/id?itemsPerPage=1&page=3')).toMatchObject({
      roleIds: ['VIEWER'],
      totalItems: 3,
    });
    expect(await t.ok('GET', '/roles/tags/id')).toMatchObject({
      roleTagIds: ['admin', 'base', 'read', 'write'],
      totalItems: 4,
    });
    expect(await t.ok('GET', '/roles/tags/id?roleTagIdPreLike=w')).toMatchObject({
      roleTagIds: ['write'],
      totalItems: 1,
    });
  });

  it('searches with every filter, default sort exposureOrder then roleId, and need flags', async () => {
    const ids = async (body: Record<string, unknown>, query = '') =>
      (await t.ok<{ roles: RoleBundle[] }>('POST', `/roles/search${query}`, body)).roles.map((r) => r.roleId);
    expect(await ids({})).toEqual(['ADMIN', 'EDITOR', 'VIEWER']);
    expect(await ids({}, '?sort=id.roleId,DESC')).toEqual(['VIEWER', 'EDITOR', 'ADMIN']);
    expect(await ids({ roleIds: ['VIEWER', 'ADMIN'] })).toEqual(['ADMIN', 'VIEWER']);
    expect(await ids({ roleNameLike: 'itor' })).toEqual(['EDITOR']);
    expect(await ids({ roleGroup: 'g1', descriptionLike: 'VIEW' })).toEqual(['VIEWER']);
    expect(await ids({ roleGroupLike: 'none' })).toEqual([]);
    expect(await ids({ relatedRoleIds: ['VIEWER'] })).toEqual(['EDITOR']);
    expect(await ids({ relatedRoleIds: ['VIEWER'], searchRoleOptionCode: 'INDIRECT_ROLE' })).toEqual([
      'ADMIN',
      'EDITOR',
    ]);
    expect(await ids({ roleTagIds: ['write'] })).toEqual(['ADMIN', 'EDITOR']);
    expect(await ids({ roleTagIdExpr: 'write,admin' })).toEqual(['ADMIN']);
    expect(await ids({ roleTagIdExpr: 'admin;read' })).toEqual(['ADMIN', 'VIEWER']);
    await t.ok('POST', '/attributes', {
      attributeId: 'tier',
      attributeDataTypeCode: 'NUMERIC',
      attributeRoleRelationIds: ['EDITOR'],
      attributeTagIds: ['sales'],
    });
    expect(await ids({ attributeIds: ['tier'] })).toEqual(['EDITOR']);
    expect(await ids({ attributeTagIds: ['sales'] })).toEqual(['EDITOR']);
    const lean = await t.ok<{ roles: RoleBundle[] }>('POST', '/roles/search', { roleIds: ['EDITOR'] });
    expect(lean.roles[0]).toMatchObject({ roleTags: null, roleRelations: null, attributes: null });
    const full = await t.ok<{ roles: RoleBundle[] }>('POST', '/roles/search', {
      roleIds: ['EDITOR'],
      needAttributes: true,
      needRoleRelations: true,
      needRoleTags: true,
    });
    expect(full.roles[0]).toMatchObject({
      roleTags: [{ roleTagId: 'write' }],
      roleRelations: [{ roleId: 'VIEWER' }],
      attributes: [{ attributeId: 'tier' }],
    });
  });

  it('reads roleTagIdExpr the other way round under the v1 reading', async () => {
    const v1 = await roleTestClient({ engine: { roleTagExprSemicolonIsOr: false } });
    await v1.ok('POST', '/roles', {
      role: { roleId: 'A', exposureOrder: 0 },
      roleTags: [{ roleTagId: 'x' }, { roleTagId: 'y' }],
    });
    await v1.ok('POST', '/roles', {
      role: { roleId: 'B', exposureOrder: 0 },
      roleTags: [{ roleTagId: 'x' }],
    });
    const ids = async (expr: string) =>
      (await v1.ok<{ roles: RoleBundle[] }>('POST', '/roles/search', { roleTagIdExpr: expr })).roles.map(
        (r) => r.roleId,
      );
    expect(await ids('x;y')).toEqual(['A']);
    expect(await ids('x,y')).toEqual(['A', 'B']);
    v1.close();
  });

  it('modifies metadata, replaces tags and relations on PUT, keeping omitted lists', async () => {
    await t.ok('PUT', '/roles/EDITOR', { role: { exposureOrder: 9, roleName: 'Writer' } });
    let r = (
      await t.ok<{ role: RoleBundle & { roleName: string; exposureOrder: number } }>('GET', '/roles/EDITOR')
    ).role;
    expect(r).toMatchObject({
      roleName: 'Writer',
      exposureOrder: 9,
      roleTags: [{ roleTagId: 'write' }],
      roleRelations: [{ roleId: 'VIEWER' }],
    });
    await t.ok('PUT', '/roles/EDITOR', { roleTags: [], roleRelations: [] });
    r = (
      await t.ok<{ role: RoleBundle & { roleName: string; exposureOrder: number } }>('GET', '/roles/EDITOR')
    ).role;
    expect(r).toMatchObject({ roleName: 'Writer', roleTags: [], roleRelations: [] });
    expect(await t.code('PUT', '/roles/EDITOR', { role: { roleName: 'no order' } })).toBe(400);
  });

  it('answers deniable for a role that some role includes', async () => {
    expect((await t.ok('GET', '/roles/VIEWER/deniable')).deniable).toBe(true);
    expect((await t.ok('GET', '/roles/ADMIN/deniable')).deniable).toBe(false);
    const loose = await roleTestClient({ engine: { deniableRule: 'any' } });
    await loose.ok('POST', '/roles', { role: { roleId: 'SOLO', exposureOrder: 0 } });
    expect((await loose.ok('GET', '/roles/SOLO/deniable')).deniable).toBe(true);
    loose.close();
  });

  it('adds, replaces and deletes relations, rejecting cycles, duplicates and DENY on a non-deniable role', async () => {
    await role('AUDITOR', 4);
    await t.ok('POST', '/roles/ADMIN/relations', {
      roleRelations: [{ relatedRoleId: 'AUDITOR' }, { relatedRoleId: 'VIEWER', roleApplyPolicyCode: 'DENY' }],
    });
    let rels = (await t.ok<{ role: RoleBundle }>('GET', '/roles/ADMIN')).role.roleRelations ?? [];
    expect(rels.map((x) => `${x.roleId}:${x.roleApplyPolicyCode}`)).toEqual([
      'EDITOR:ALLOW',
      'AUDITOR:ALLOW',
      'VIEWER:DENY',
    ]);
    expect(
      await t.code('POST', '/roles/ADMIN/relations', { roleRelations: [{ relatedRoleId: 'AUDITOR' }] }),
    ).toBe(11003);
    expect(
      await t.code('POST', '/roles/VIEWER/relations', { roleRelations: [{ relatedRoleId: 'ADMIN' }] }),
    ).toBe(11007);
    expect(
      await t.code('POST', '/roles/VIEWER/relations', { roleRelations: [{ relatedRoleId: 'VIEWER' }] }),
    ).toBe(11007);
    expect(
      await t.code('POST', '/roles/AUDITOR/relations', { roleRelations: [{ relatedRoleId: 'NOPE' }] }),
    ).toBe(11001);
    expect(
      await t.code('POST', '/roles/AUDITOR/relations', {
        roleRelations: [{ relatedRoleId: 'EDITOR' }, { relatedRoleId: 'EDITOR' }],
      }),
    ).toBe(11008);
    expect(
      await t.code('POST', '/roles/VIEWER/relations', {
        roleRelations: [{ relatedRoleId: 'ADMIN', roleApplyPolicyCode: 'DENY' }],
      }),
    ).toBe(11010);
    await t.ok('PUT', '/roles/ADMIN/relations', { roleRelations: [{ relatedRoleId: 'AUDITOR' }] });
    rels = (await t.ok<{ role: RoleBundle }>('GET', '/roles/ADMIN')).role.roleRelations ?? [];
    expect(rels.map((x) => x.roleId)).toEqual(['AUDITOR']);
    await t.ok('DELETE', '/roles/ADMIN/relations', { relatedRoleIds: ['AUDITOR', 'NOT-THERE'] });
    expect((await t.ok<{ role: RoleBundle }>('GET', '/roles/ADMIN')).role.roleRelations).toEqual([]);
    expect(await t.code('PUT', '/roles/NOPE/relations', { roleRelations: [] })).toBe(11001);
  });

  it('lists the attributes a role may use: COMMON ones and those associated with it', async () => {
    await t.ok('POST', '/attributes', {
      attributeId: 'b.mine',
      attributeName: 'Mine',
      attributeDataTypeCode: 'STRING',
      attributeRoleRelationIds: ['EDITOR'],
      attributeTagIds: ['t1'],
    });
    await t.ok('POST', '/attributes', {
      attributeId: 'a.other',
      attributeDataTypeCode: 'STRING',
      attributeRoleRelationIds: ['ADMIN'],
    });
    t.emulator.store.attributes.put('c.common', {
      attributeId: 'c.common',
      attributeName: 'Common',
      description: null,
      attributeCreationTypeCode: 'COMMON_ATTRIBUTE',
      attributeDataTypeCode: 'BOOLEAN',
      roles: [],
      tags: [],
    });
    const res = await t.ok<{
      attributes: { attributeId: string; attributeTagIds?: string[] }[];
      totalItems: number;
    }>('POST', '/roles/EDITOR/attributes/search', {});
    expect(res.attributes.map((a) => a.attributeId)).toEqual(['c.common', 'b.mine']);
    expect(res.attributes[1]?.attributeTagIds).toEqual(['t1']);
    expect(
      (await t.ok('POST', '/roles/EDITOR/attributes/search', { attributeNameLike: 'min' })).totalItems,
    ).toBe(1);
    expect(
      (await t.ok('POST', '/roles/EDITOR/attributes/search', { attributeTagIds: ['t1'] })).totalItems,
    ).toBe(1);
    expect(await t.code('POST', '/roles/NOPE/attributes/search', {})).toBe(11001);
  });

  it('deletes single and bulk roles with their relations, user relations and grants', async () => {
    await t.ok('POST', '/users', {
      users: [
        {
          userId: 'u',
          roleRelations: [
            { roleId: 'EDITOR', scopeId: 'ALL' },
            { roleId: 'VIEWER', scopeId: 'ALL' },
          ],
        },
      ],
    });
    await t.ok('POST', '/operations', { operationId: 'GET' });
    await t.ok('POST', '/resources', { resourceId: 'r', path: '/r', uiPath: '/r', priority: 0 });
    await t.ok('POST', '/resources/r/authorizations', { operationId: 'GET', roleId: 'EDITOR' });
    await t.ok('DELETE', '/roles/EDITOR');
    expect(await t.code('GET', '/roles/EDITOR')).toBe(11001);
    expect((await t.ok<{ role: RoleBundle }>('GET', '/roles/ADMIN')).role.roleRelations).toEqual([]);
    const u = (await t.ok<{ user: { roleRelations: { roleId: string }[] } }>('GET', '/users/u')).user;
    expect(u.roleRelations.map((r) => r.roleId)).toEqual(['VIEWER']);
    expect(
      (await t.ok<{ authorizations: unknown[] }>('GET', '/resources/r/authorizations')).authorizations,
    ).toEqual([]);
    expect(await t.code('DELETE', '/roles', { roleIds: ['ADMIN', 'NOPE'] })).toBe(11001);
    await t.ok('DELETE', '/roles', { roleIds: ['ADMIN', 'VIEWER'] });
    expect((await t.ok('GET', '/roles/id')).totalItems).toBe(0);
  });

  it('reports the documented role errors', async () => {
    expect(await t.code('POST', '/roles', { role: { roleId: 'ADMIN', exposureOrder: 0 } })).toBe(11000);
    expect(await t.code('GET', '/roles/NOPE')).toBe(11001);
    expect(await t.code('GET', '/roles/NOPE/deniable')).toBe(11001);
    expect(await t.code('PUT', '/roles/NOPE', {})).toBe(11001);
    expect(await t.code('DELETE', '/roles/NOPE')).toBe(11001);
    expect(await t.code('POST', '/roles', {})).toBe(400);
    expect(await t.code('POST', '/roles', { role: { roleId: 'NO_ORDER' } })).toBe(400);
    expect(await t.code('POST', '/roles', { role: { roleId: 'bad id', exposureOrder: 0 } })).toBe(400);
    expect(
      await t.code('POST', '/roles', {
        role: { roleId: 'ok:v1.0', exposureOrder: 0, roleName: 'n'.repeat(129) },
      }),
    ).toBe(400);
    expect(await t.code('POST', '/roles', { role: { roleId: 'ok:v1.0', exposureOrder: 0 } })).toBe(0);
    expect(
      await t.code('POST', '/roles', {
        role: { roleId: 'NEW', exposureOrder: 0 },
        roleRelations: [{ relatedRoleId: 'NOPE' }],
      }),
    ).toBe(11001);
  });

  it('finds the roles containing every direct sub-role of a base role (upstream containing-roles)', async () => {
    await role('OWNER', 0, { roleRelations: [{ relatedRoleId: 'ADMIN' }], roleTags: [{ roleTagId: 'top' }] });
    await role('REVIEWER', 5, { roleRelations: [{ relatedRoleId: 'VIEWER' }] });
    const containing = async (base: string, body: Record<string, unknown> = {}) =>
      (
        await t.ok<{ roleIds: string[]; totalItems: number }>(
          'POST',
          `/roles/${base}/containing-roles/search`,
          body,
        )
      ).roleIds;
    expect(await containing('EDITOR')).toEqual(['ADMIN', 'OWNER', 'REVIEWER']);
    expect(await containing('ADMIN')).toEqual(['OWNER']);
    expect(await containing('EDITOR', { roleTagIds: ['top', 'admin'] })).toEqual(['ADMIN', 'OWNER']);
    expect(await containing('EDITOR', { roleGroups: ['none'] })).toEqual([]);
    expect(await t.code('POST', '/roles/NOPE/containing-roles/search', {})).toBe(11001);
  });
});
