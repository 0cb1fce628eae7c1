import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roleTestClient, type RoleTestClient } from './test-client';

type Res = { resourceId: string; uiPath: string; path: string; resources?: Res[] | null };
const enc = encodeURIComponent;

describe('NHN ROLE resources, hierarchy and authorizations (RS1-RS8, H1-H2, RA1-RA3)', () => {
  let t: RoleTestClient;
  const add = (
    resourceId: string,
    path: string,
    uiPath: string,
    priority = 0,
    extra: Record<string, unknown> = {},
  ) => t.ok('POST', '/resources', { resourceId, path, uiPath, priority, ...extra });

  beforeEach(async () => {
    t = await roleTestClient();
    await t.ok('POST', '/operations', { operationId: 'GET' });
    await t.ok('POST', '/operations', { operationId: 'VIEW' });
    await t.ok('POST', '/roles', { role: { roleId: 'MEMBER', exposureOrder: 1 } });
    await t.ok('POST', '/roles', {
      role: { roleId: 'ADMIN', exposureOrder: 0 },
      roleRelations: [{ relatedRoleId: 'MEMBER' }],
    });
    await add('board', '/board', '/board', 2, {
      name: 'board',
      description: 'Boards',
      metadata: '{"icon":"list"}',
    });
    await add('v1', '/board/v1.0', '/board/v1.0', 1);
    await add('item', '/board/v1.0/{boardId}', '/board/v1.0/{boardId}', 1);
    await add('admin', '/admin/**', '/admin', 1);
    await add('mail', '/admin/mail', '/admin/mail', 5);
    await add('users', '/admin/users', '/admin/users', 3);
  });
  afterEach(() => t.close());

  it('creates and reads resources, deriving the name from the uiPath and generating missing IDs', async () => {
    expect((await t.ok('GET', '/resources/board')).resource).toEqual({
      resourceId: 'board',
      name: 'board',
      description: 'Boards',
      path: '/board',
      uiPath: '/board',
      priority: 2,
      metadata: '{"icon":"list"}',
    });
    expect((await t.ok('GET', '/resources/v1')).resource).toMatchObject({
      name: 'v1.0',
      description: null,
      metadata: null,
    });
    await t.ok('POST', '/resources', { path: '/generated', uiPath: '/generated', priority: 0 });
    const found = await t.ok<{ resources: Res[] }>('POST', '/resources/search', {
      resourcePath: '/generated',
    });
    expect(found.resources[0]?.resourceId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists IDs and searches with path, uiPath, operation, role and user filters', async () => {
    await t.ok('POST', '/resources/item/authorizations', { operationId: 'GET', roleId: 'MEMBER' });
    await t.ok('POST', '/resources/mail/authorizations', { operationId: 'VIEW', roleId: 'ADMIN' });
    await t.ok('POST', '/users', {
      users: [{ userId: 'boss', roleRelations: [{ roleId: 'ADMIN', scopeId: 'ALL' }] }],
    });
    const ids = async (body: Record<string, unknown>, query = '') =>
      (await t.ok<{ resourceIds: string[] }>('POST', `/resources/id${query}`, body)).resourceIds;
    expect(await ids({})).toEqual(['admin', 'board', 'item', 'mail', 'users', 'v1']);
    expect(await ids({ resourceIdPreLike: 'b' })).toEqual(['board']);
    expect(await ids({ operationIds: ['GET'] })).toEqual(['item']);
    expect(await ids({ roleIds: ['ADMIN'] })).toEqual(['mail']);
    expect(await ids({ userIds: ['boss'] })).toEqual(['item', 'mail']);
    expect(await ids({ userIds: ['boss'], operationIds: ['VIEW'] })).toEqual(['mail']);
    const search = async (body: Record<string, unknown>, query = '') =>
      (await t.ok<{ resources: Res[] }>('POST', `/resources/search${query}`, body)).resources.map(
        (r) => r.resourceId,
      );
    expect(await search({})).toEqual(['admin', 'mail', 'users', 'board', 'v1', 'item']);
    expect(await search({ resourcePathLike: '/board/v1' })).toEqual(['v1', 'item']);
    expect(await search({ resourcePaths: ['/admin/mail', '/board'] })).toEqual(['mail', 'board']);
    expect(await search({ resourceUiPath: '/admin' })).toEqual(['admin', 'mail', 'users']);
    expect(await search({ resourceUiPaths: ['/admin'] })).toEqual(['admin']);
    expect(await search({ resourceIds: ['mail', 'v1'], resourceIdPreLike: 'm' })).toEqual(['mail']);
    expect(await search({ userIds: ['boss'], scopeIds: ['other'] })).toEqual([]);
    expect(await search({}, '?sort=priority,DESC&itemsPerPage=2')).toEqual(['mail', 'users']);
  });

  it('renames a resource and moves its subtree on PUT', async () => {
    await t.ok('POST', '/resources/item/authorizations', { operationId: 'GET', roleId: 'MEMBER' });
    await t.ok('PUT', '/resources/board', {
      newResourceId: 'forum',
      path: '/forum',
      uiPath: '/forum',
      priority: 2,
      name: 'forum',
    });
    expect(await t.code('GET', '/resources/board')).toBe(10005);
    expect((await t.ok('GET', '/resources/forum')).resource).toMatchObject({
      path: '/forum',
      uiPath: '/forum',
      name: 'forum',
    });
    expect((await t.ok('GET', '/resources/item')).resource).toMatchObject({
      uiPath: '/forum/v1.0/{boardId}',
      path: '/board/v1.0/{boardId}',
    });
    await t.ok('PUT', '/resources/item', {
      newResourceId: 'entry',
      path: '/board/v1.0/{boardId}',
      uiPath: '/forum/v1.0/{boardId}',
      priority: 1,
    });
    expect((await t.ok('GET', '/resources/entry/authorizations')).authorizations).toEqual([
      { resourceId: 'entry', operationId: 'GET', roleId: 'MEMBER' },
    ]);
    expect(await t.code('PUT', '/resources/entry', { path: '/admin/**', uiPath: '/x', priority: 0 })).toBe(
      10003,
    );
    expect(await t.code('PUT', '/resources/entry', { path: '/x', uiPath: '/admin', priority: 0 })).toBe(
      10007,
    );
    expect(
      await t.code('PUT', '/resources/entry', {
        newResourceId: 'mail',
        path: '/x',
        uiPath: '/x',
        priority: 0,
      }),
    ).toBe(10004);
  });

  it('returns the hierarchy from uiPath, siblings by priority, filtered for a user and operation', async () => {
    const full = await t.ok<{ resources: Res[] }>('POST', '/resources/hierarchy/search', {});
    const shape = (rs: Res[]): unknown[] =>
      rs.map((r) => (r.resources?.length ? { [r.resourceId]: shape(r.resources) } : r.resourceId));
    expect(shape(full.resources)).toEqual([{ admin: ['users', 'mail'] }, { board: [{ v1: ['item'] }] }]);
    const sub = await t.ok<{ resources: Res[] }>('POST', '/resources/hierarchy/search', {
      resourceUiPath: '/board/v1.0',
    });
    expect(shape(sub.resources)).toEqual([{ v1: ['item'] }]);
    expect(
      shape(
        (await t.ok<{ resources: Res[] }>('POST', '/resources/hierarchy/search', { resourceIds: ['admin'] }))
          .resources,
      ),
    ).toEqual([{ admin: ['users', 'mail'] }]);
    await t.ok('POST', '/resources/item/authorizations', {
      operationId: 'VIEW',
      roleId: 'MEMBER',
      propagation: true,
    });
    await t.ok('POST', '/users', {
      users: [{ userId: 'boss', roleRelations: [{ roleId: 'ADMIN', scopeId: 'ALL' }] }],
    });
    const menu = await t.ok<{ resources: Res[] }>('POST', '/resources/hierarchy/search', {
      userIds: ['boss'],
      operationIds: ['VIEW'],
      scopeIds: ['ALL'],
    });
    expect(shape(menu.resources)).toEqual([{ board: [{ v1: ['item'] }] }]);
  });

  it('lists sub-resources by depth with offset and limit', async () => {
    const sub = async (id: string, query = '') =>
      await t.ok<{ resources: Res[]; totalItemCount: number }>(
        'GET',
        `/resources/${enc(id)}/sub-resources${query}`,
      );
    expect((await sub('admin')).resources.map((r) => r.resourceId)).toEqual(['users', 'mail']);
    expect(await sub('board')).toMatchObject({ totalItemCount: 1, resources: [{ resourceId: 'v1' }] });
    expect((await sub('board', '?depth=5')).resources.map((r) => r.resourceId)).toEqual(['v1', 'item']);
    expect(await sub('admin', '?offset=1&limit=1')).toMatchObject({
      totalItemCount: 2,
      resources: [{ resourceId: 'mail' }],
    });
    await t.ok('POST', '/resources/mail/authorizations', { operationId: 'GET', roleId: 'ADMIN' });
    expect((await sub('admin', '?roleId=ADMIN&operationId=GET')).resources.map((r) => r.resourceId)).toEqual([
      'mail',
    ]);
    expect(await t.code('GET', '/resources/nope/sub-resources')).toBe(10005);
    expect(await t.code('GET', '/resources/admin/sub-resources?depth=0')).toBe(400);
  });

  it('adds, lists and deletes authorizations', async () => {
    await t.ok('POST', '/resources/item/authorizations', { operationId: 'GET', roleId: 'MEMBER' });
    expect(
      await t.code('POST', '/resources/item/authorizations', { operationId: 'GET', roleId: 'MEMBER' }),
    ).toBe(11005);
    expect(
      await t.code('POST', '/resources/item/authorizations', { operationId: 'NOPE', roleId: 'MEMBER' }),
    ).toBe(12000);
    expect(
      await t.code('POST', '/resources/item/authorizations', { operationId: 'GET', roleId: 'NOPE' }),
    ).toBe(11001);
    expect(
      await t.code('POST', '/resources/nope/authorizations', { operationId: 'GET', roleId: 'MEMBER' }),
    ).toBe(10005);
    expect((await t.ok('GET', '/resources/item/authorizations')).authorizations).toEqual([
      { resourceId: 'item', operationId: 'GET', roleId: 'MEMBER' },
    ]);
    expect(await t.code('DELETE', '/resources/item/authorizations?operationId=GET')).toBe(400);
    await t.ok('DELETE', '/resources/item/authorizations?operationId=GET&roleId=MEMBER');
    expect((await t.ok('GET', '/resources/item/authorizations')).authorizations).toEqual([]);
  });

  it('lists the attributes relevant to a (resource, operation) check', async () => {
    await t.ok('POST', '/attributes', {
      attributeId: 'for.member',
      attributeDataTypeCode: 'STRING',
      attributeRoleRelationIds: ['MEMBER'],
    });
    await t.ok('POST', '/attributes', {
      attributeId: 'for.admin',
      attributeDataTypeCode: 'STRING',
      attributeRoleRelationIds: ['ADMIN'],
    });
    await t.ok('POST', '/attributes', { attributeId: 'unused', attributeDataTypeCode: 'STRING' });
    await t.ok('POST', '/resources/item/authorizations', { operationId: 'GET', roleId: 'MEMBER' });
    const byPath = await t.ok<{ attributes: { attributeId: string }[]; totalItems: number }>(
      'POST',
      '/resources/attributes/search',
      { operationId: 'GET', resourcePath: '/board/v1.0/7' },
    );
    expect(byPath.attributes.map((a) => a.attributeId)).toEqual(['for.admin', 'for.member']);
    expect(
      (await t.ok('POST', '/resources/attributes/search', { operationId: 'VIEW', resourceId: 'item' }))
        .totalItems,
    ).toBe(0);
    expect(await t.code('POST', '/resources/attributes/search', { operationId: 'GET' })).toBe(400);
    expect(
      await t.code('POST', '/resources/attributes/search', { operationId: 'GET', resourceId: 'nope' }),
    ).toBe(10005);
    expect(
      await t.code('POST', '/resources/attributes/search', { operationId: 'NOPE', resourceId: 'item' }),
    ).toBe(12000);
  });

  it('deletes single and bulk resources with their authorizations', async () => {
    await t.ok('POST', '/resources/mail/authorizations', { operationId: 'GET', roleId: 'ADMIN' });
    await t.ok('DELETE', '/resources/mail');
    expect(await t.code('GET', '/resources/mail')).toBe(10005);
    expect(t.emulator.store.authorizations.count()).toBe(0);
    expect(await t.code('DELETE', '/resources', { resourceIds: ['users', 'nope'] })).toBe(10005);
    await t.ok('DELETE', '/resources', { resourceIds: ['users', 'admin'] });
    expect((await t.ok('POST', '/resources/id', {})).totalItems).toBe(3);
  });

  it('reports the documented resource errors', async () => {
    expect(
      await t.code('POST', '/resources', { resourceId: 'board', path: '/x', uiPath: '/x', priority: 0 }),
    ).toBe(10004);
    expect(await t.code('POST', '/resources', { path: '/board', uiPath: '/x', priority: 0 })).toBe(10003);
    expect(await t.code('POST', '/resources', { path: '/x', uiPath: '/board', priority: 0 })).toBe(10007);
    expect(await t.code('POST', '/resources', { path: '/x', uiPath: '/x', priority: 0, name: 'a/b' })).toBe(
      10008,
    );
    expect(await t.code('POST', '/resources', { path: 'no-slash', uiPath: '/x', priority: 0 })).toBe(400);
    expect(await t.code('POST', '/resources', { path: '/x', uiPath: '/x', priority: 40000 })).toBe(400);
    expect(await t.code('POST', '/resources', { path: '/x', uiPath: '/x' })).toBe(400);
    expect(
      await t.code('POST', '/resources', { resourceId: 'bad id', path: '/x', uiPath: '/x', priority: 0 }),
    ).toBe(400);
    expect(await t.code('GET', '/resources/nope')).toBe(10005);
    expect(await t.code('PUT', '/resources/nope', { path: '/x', uiPath: '/x', priority: 0 })).toBe(10005);
    const capped = await roleTestClient({ engine: { maxResources: 1 } });
    await capped.ok('POST', '/resources', { path: '/one', uiPath: '/one', priority: 0 });
    expect(await capped.code('POST', '/resources', { path: '/two', uiPath: '/two', priority: 0 })).toBe(
      10006,
    );
    capped.close();
  });
});
