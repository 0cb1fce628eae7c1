import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNBOUNDED } from '../engine/conditions';
import { roleTestClient, type RoleTestClient } from './test-client';

type Bundle = {
  attributeId: string;
  attributeRoleRelations: { roleId: string }[];
  attributeTags: { attributeTagId: string }[];
};

describe('NHN ROLE condition attributes (AT1-AT7, DT1-DT2, AR1-AR3, AG1-AG4)', () => {
  let t: RoleTestClient;
  beforeEach(async () => {
    t = await roleTestClient();
    await t.ok('POST', '/roles', { role: { roleId: 'MEMBER', exposureOrder: 2, roleName: 'Member' } });
    await t.ok('POST', '/roles', {
      role: { roleId: 'ADMIN', exposureOrder: 1 },
      roleRelations: [{ relatedRoleId: 'MEMBER' }],
    });
    await t.ok('POST', '/attributes', {
      attributeId: 'instance.name',
      attributeName: 'Instance',
      description: 'Name of the instance',
      attributeDataTypeCode: 'STRING',
      attributeRoleRelationIds: ['MEMBER'],
      attributeTagIds: ['compute', 'infra'],
    });
    await t.ok('POST', '/attributes', {
      attributeId: 'client.ip',
      attributeDataTypeCode: 'IPADDRESS',
      attributeTagIds: ['network'],
    });
  });
  afterEach(() => t.close());

  it('reads an attribute bundle with its roles, tags and in-use flag', async () => {
    const res = await t.ok<{ attribute: Record<string, unknown>; attributeInUse: boolean }>(
      'GET',
      '/attributes/instance.name',
    );
    expect(res.attributeInUse).toBe(false);
    expect(res.attribute).toMatchObject({
      attributeId: 'instance.name',
      attributeName: 'Instance',
      description: 'Name of the instance',
      attributeCreationTypeCode: 'ROLE_ATTRIBUTE',
      attributeDataTypeCode: 'STRING',
      attributeRoleRelations: [
        {
          attributeId: 'instance.name',
          roleId: 'MEMBER',
          roleName: 'Member',
          exposureOrder: 2,
          regYmdt: expect.any(String) as unknown,
        },
      ],
      attributeTags: [
        { attributeId: 'instance.name', attributeTagId: 'compute', regYmdt: expect.any(String) as unknown },
        { attributeId: 'instance.name', attributeTagId: 'infra', regYmdt: expect.any(String) as unknown },
      ],
    });
  });

  it('lists IDs and searches with every filter', async () => {
    const ids = async (body: Record<string, unknown>) =>
      (await t.ok<{ attributeIds: string[] }>('POST', '/attributes/id', body)).attributeIds;
    expect(await ids({})).toEqual(['client.ip', 'instance.name']);
    expect(await ids({ attributeIdPreLike: 'inst' })).toEqual(['instance.name']);
    expect(await ids({ attributeDataTypeCodes: ['IPADDRESS'] })).toEqual(['client.ip']);
    expect(await ids({ attributeCreationTypeCodes: ['COMMON_ATTRIBUTE'] })).toEqual([]);
    expect(await ids({ attributeTagIds: ['network'] })).toEqual(['client.ip']);
    expect(await ids({ descriptionLike: 'instance' })).toEqual(['instance.name']);
    expect(await ids({ roleIds: ['MEMBER'] })).toEqual(['instance.name']);
    expect(await ids({ roleIdPreLike: 'MEM', attributeIds: ['instance.name', 'client.ip'] })).toEqual([
      'instance.name',
    ]);
    const search = await t.ok<{ attributes: Bundle[]; totalItems: number }>(
      'POST',
      '/attributes/search?itemsPerPage=1&sort=id.attributeId,DESC',
      {},
    );
    expect(search).toMatchObject({ totalItems: 2, attributes: [{ attributeId: 'instance.name' }] });
    expect(await t.code('POST', '/attributes/id', { attributeDataTypeCodes: ['COLOUR'] })).toBe(400);
  });

  it('serves the operator table for the 7 data types', async () => {
    const res = await t.ok<{
      dataTypes: { dataType: string; operators: { operatorTypeCode: string; min: number; max: number }[] }[];
    }>('POST', '/attributes/data-types');
    expect(res.dataTypes.map((d) => d.dataType)).toEqual([
      'STRING',
      'NUMERIC',
      'DAY_OF_WEEK',
      'DATETIME',
      'TIME',
      'IPADDRESS',
      'BOOLEAN',
    ]);
    const ops = new Map(res.dataTypes.map((d) => [d.dataType, d.operators]));
    expect(ops.get('BOOLEAN')).toEqual([
      { operatorTypeCode: 'TRUE', min: 0, max: 0 },
      { operatorTypeCode: 'FALSE', min: 0, max: 0 },
    ]);
    expect(ops.get('NUMERIC')).toContainEqual({ operatorTypeCode: 'BETWEEN', min: 2, max: 2 });
    expect(ops.get('STRING')).toContainEqual({ operatorTypeCode: 'ANY_MATCH', min: 1, max: UNBOUNDED });
    expect(new Set(res.dataTypes.flatMap((d) => d.operators.map((o) => o.operatorTypeCode))).size).toBe(15);
  });

  it('validates conditions with 20001, 21001, 21002 and 400', async () => {
    const v = (c: Record<string, unknown>) =>
      t.code('POST', '/attributes/condition/validate', { conditions: [c] });
    expect(
      await v({
        attributeId: 'client.ip',
        attributeOperatorTypeCode: 'ALLOW',
        attributeValues: ['10.0.0.0/8'],
      }),
    ).toBe(0);
    expect(
      await v({ attributeId: 'nope', attributeOperatorTypeCode: 'ALLOW', attributeValues: ['10.0.0.0/8'] }),
    ).toBe(20001);
    expect(
      await v({
        attributeId: 'client.ip',
        attributeOperatorTypeCode: 'BETWEEN',
        attributeValues: ['1', '2'],
      }),
    ).toBe(21001);
    expect(
      await v({
        attributeId: 'client.ip',
        attributeOperatorTypeCode: 'ALLOW',
        attributeValues: ['10.0.0.300'],
      }),
    ).toBe(21002);
    expect(
      await v({ attributeId: 'client.ip', attributeOperatorTypeCode: 'ALLOW', attributeValues: [] }),
    ).toBe(400);
    expect(await v({ attributeId: 'client.ip', attributeOperatorTypeCode: 'SOMETIMES' })).toBe(400);
  });

  it('updates an attribute, replacing its roles and tags only when given', async () => {
    await t.ok('PUT', '/attributes/instance.name', {
      attributeDataTypeCode: 'STRING',
      attributeName: 'Renamed',
    });
    let a = (
      await t.ok<{ attribute: Bundle & { attributeName: string } }>('GET', '/attributes/instance.name')
    ).attribute;
    expect(a.attributeName).toBe('Renamed');
    expect(a.attributeRoleRelations.map((r) => r.roleId)).toEqual(['MEMBER']);
    await t.ok('PUT', '/attributes/instance.name', {
      attributeDataTypeCode: 'NUMERIC',
      attributeRoleRelationIds: ['ADMIN'],
      attributeTagIds: [],
    });
    a = (await t.ok<{ attribute: Bundle & { attributeName: string } }>('GET', '/attributes/instance.name'))
      .attribute;
    expect(a).toMatchObject({
      attributeDataTypeCode: 'NUMERIC',
      attributeRoleRelations: [{ roleId: 'ADMIN' }],
      attributeTags: [],
    });
    expect(await t.code('PUT', '/attributes/instance.name', { attributeDataTypeCode: 'COLOUR' })).toBe(400);
    expect(
      await t.code('PUT', '/attributes/instance.name', {
        attributeDataTypeCode: 'STRING',
        attributeRoleRelationIds: ['NOPE'],
      }),
    ).toBe(11001);
    expect(await t.code('PUT', '/attributes/nope', { attributeDataTypeCode: 'STRING' })).toBe(20001);
  });

  it('manages role associations and searches them, inherited roles under INDIRECT_ROLE', async () => {
    await t.ok('POST', '/attributes/client.ip/roles', { attributeRoleRelationIds: ['MEMBER'] });
    const direct = await t.ok<{ attributeRoleRelations: { roleId: string }[] }>(
      'POST',
      '/attributes/client.ip/roles/search',
      {},
    );
    expect(direct.attributeRoleRelations.map((r) => r.roleId)).toEqual(['MEMBER']);
    const indirect = await t.ok<{ attributeRoleRelations: { roleId: string }[] }>(
      'POST',
      '/attributes/client.ip/roles/search',
      { searchRoleOptionCode: 'INDIRECT_ROLE' },
    );
    expect(indirect.attributeRoleRelations.map((r) => r.roleId)).toEqual(['ADMIN', 'MEMBER']);
    expect(
      (await t.ok('POST', '/attributes/client.ip/roles/search', { roleIdPreLike: 'AD' })).totalItems,
    ).toBe(0);
    await t.ok('DELETE', '/attributes/client.ip/roles', { attributeRoleRelationIds: ['MEMBER'] });
    expect((await t.ok('POST', '/attributes/client.ip/roles/search', {})).totalItems).toBe(0);
    expect(await t.code('POST', '/attributes/client.ip/roles', { attributeRoleRelationIds: ['NOPE'] })).toBe(
      11001,
    );
    expect(await t.code('POST', '/attributes/nope/roles/search', {})).toBe(20001);
  });

  it('manages tags and lists tag IDs and tag rows', async () => {
    await t.ok('POST', '/attributes/client.ip/tags', { attributeTagIds: ['infra', 'infra'] });
    expect(await t.ok('POST', '/attributes/tags/id', {})).toMatchObject({
      attributeTagIds: ['compute', 'infra', 'network'],
      totalItems: 3,
    });
    expect(
      (await t.ok('POST', '/attributes/tags/id', { attributeTagIdPreLike: 'in' })).attributeTagIds,
    ).toEqual(['infra']);
    const rows = await t.ok<{ attributeTags: { attributeId: string; attributeTagId: string }[] }>(
      'POST',
      '/attributes/tags/search',
      { attributeTagIds: ['infra'] },
    );
    expect(rows.attributeTags.map((r) => r.attributeId).sort()).toEqual(['client.ip', 'instance.name']);
    expect((await t.ok('POST', '/attributes/tags/search', { attributeIds: ['client.ip'] })).totalItems).toBe(
      2,
    );
    await t.ok('DELETE', '/attributes/client.ip/tags', { attributeTagIds: ['infra'] });
    expect((await t.ok('POST', '/attributes/tags/search', { attributeIdPreLike: 'client' })).totalItems).toBe(
      1,
    );
    expect(await t.code('POST', '/attributes/nope/tags', { attributeTagIds: ['x'] })).toBe(20001);
  });

  it('refuses to delete an attribute in use unless forced, then strips its conditions', async () => {
    const cond = {
      attributeId: 'instance.name',
      attributeOperatorTypeCode: 'ANY_MATCH',
      attributeValues: ['GPU'],
    };
    await t.ok('POST', '/users', {
      users: [{ userId: 'u', roleRelations: [{ roleId: 'MEMBER', scopeId: 'ALL', conditions: [cond] }] }],
    });
    expect((await t.ok('GET', '/attributes/instance.name')).attributeInUse).toBe(true);
    expect(await t.code('DELETE', '/attributes/instance.name')).toBe(20005);
    expect(await t.code('DELETE', '/attributes', { attributeIds: ['instance.name', 'client.ip'] })).toBe(
      20005,
    );
    expect(await t.code('PUT', '/attributes/instance.name', { attributeDataTypeCode: 'NUMERIC' })).toBe(
      20005,
    );
    await t.ok('DELETE', '/attributes/instance.name?forceDelete=true');
    const rel = (await t.ok<{ user: { roleRelations: { conditions: unknown[] }[] } }>('GET', '/users/u')).user
      .roleRelations[0];
    expect(rel?.conditions).toEqual([]);
    await t.ok('DELETE', '/attributes', { attributeIds: ['client.ip'], forceDelete: false });
    expect((await t.ok('POST', '/attributes/id', {})).totalItems).toBe(0);
  });

  it('reports the documented attribute errors', async () => {
    expect(
      await t.code('POST', '/attributes', { attributeId: 'client.ip', attributeDataTypeCode: 'STRING' }),
    ).toBe(20000);
    expect(await t.code('GET', '/attributes/nope')).toBe(20001);
    expect(await t.code('DELETE', '/attributes/nope')).toBe(20001);
    expect(await t.code('POST', '/attributes', { attributeId: 'x' })).toBe(400);
    expect(
      await t.code('POST', '/attributes', { attributeId: '.bad', attributeDataTypeCode: 'STRING' }),
    ).toBe(400);
    expect(
      await t.code('POST', '/attributes', {
        attributeId: 'x',
        attributeDataTypeCode: 'STRING',
        attributeRoleRelationIds: ['NOPE'],
      }),
    ).toBe(11001);
  });
});
