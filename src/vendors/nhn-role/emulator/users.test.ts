import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roleTestClient, type RoleTestClient } from './test-client';

type History = {
  userHistorySeq: number;
  command: string;
  roleId?: string | null;
  scopeId?: string | null;
  roleApplyPolicyCode?: string | null;
};

describe('NHN ROLE users (U1-U9)', () => {
  let t: RoleTestClient;
  beforeEach(async () => {
    t = await roleTestClient();
    await t.ok('POST', '/scopes', { scopeId: 'team-a' });
    await t.ok('POST', '/roles', {
      role: { roleId: 'VIEWER', exposureOrder: 2, roleName: 'Viewer' },
      roleTags: [{ roleTagId: 'read' }],
    });
    await t.ok('POST', '/roles', {
      role: { roleId: 'EDITOR', exposureOrder: 1 },
      roleRelations: [{ relatedRoleId: 'VIEWER' }],
    });
    await t.ok('POST', '/attributes', {
      attributeId: 'office.ip',
      attributeDataTypeCode: 'IPADDRESS',
      attributeRoleRelationIds: ['EDITOR'],
    });
  });
  afterEach(() => t.close());

  const histories = async (userId: string, query = '') =>
    await t.ok<{ userHistory: History[]; totalItems: number }>(
      'GET',
      `/users/${encodeURIComponent(userId)}/histories${query}`,
    );

  it('creates users in a batch and reads one back with its denormalised relations', async () => {
    await t.ok('POST', '/users', {
      users: [
        {
          userId: 'ann@example.com',
          description: 'Ann',
          roleRelations: [
            {
              roleId: 'EDITOR',
              scopeId: 'team-a',
              conditions: [
                {
                  attributeId: 'office.ip',
                  attributeOperatorTypeCode: 'ALLOW',
                  attributeValues: ['10.0.0.0/8'],
                },
              ],
            },
            { roleId: 'VIEWER', scopeId: 'ALL' },
          ],
        },
        { userId: 'bob' },
      ],
    });
    const { user } = await t.ok<{ user: Record<string, unknown> }>('GET', '/users/ann@example.com');
    expect(user).toMatchObject({
      userId: 'ann@example.com',
      description: 'Ann',
      regYmdt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/) as unknown,
    });
    expect(user.roleRelations).toEqual([
      expect.objectContaining({
        scopeId: 'team-a',
        roleId: 'EDITOR',
        roleApplyPolicyCode: 'ALLOW',
        exposureOrder: 1,
        conditions: [
          {
            attributeId: 'office.ip',
            attributeOperatorTypeCode: 'ALLOW',
            attributeValues: ['10.0.0.0/8'],
            attribute: {
              attributeId: 'office.ip',
              attributeName: null,
              description: null,
              attributeCreationTypeCode: 'ROLE_ATTRIBUTE',
              attributeDataTypeCode: 'IPADDRESS',
            },
          },
        ],
      }),
      expect.objectContaining({
        scopeId: 'ALL',
        roleId: 'VIEWER',
        roleName: 'Viewer',
        roleTags: [{ roleTagId: 'read' }],
      }),
    ]);
  });

  it('filters relations on get and lists inherited roles under INDIRECT_ROLE', async () => {
    await t.ok('POST', '/users', {
      users: [
        {
          userId: 'ann',
          roleRelations: [
            { roleId: 'EDITOR', scopeId: 'team-a' },
            { roleId: 'VIEWER', scopeId: 'ALL' },
          ],
        },
      ],
    });
    const direct = await t.ok<{ user: { roleRelations: { roleId: string; scopeId: string }[] } }>(
      'GET',
      '/users/ann?scopeIds=team-a',
    );
    expect(direct.user.roleRelations.map((r) => r.roleId)).toEqual(['EDITOR']);
    const indirect = await t.ok<{ user: { roleRelations: { roleId: string; scopeId: string }[] } }>(
      'GET',
      '/users/ann?searchRoleOptionCode=INDIRECT_ROLE&scopeIds=team-a',
    );
    expect(indirect.user.roleRelations.map((r) => r.roleId).sort()).toEqual(['EDITOR', 'VIEWER']);
    expect(await t.code('GET', '/users/ann?searchRoleOptionCode=SIDEWAYS')).toBe(400);
  });

  it('searches and lists IDs with filters, paging, role counts and the need flags', async () => {
    await t.ok('POST', '/users', {
      users: [
        { userId: 'u1', description: 'first', roleRelations: [{ roleId: 'EDITOR', scopeId: 'team-a' }] },
        { userId: 'u2', description: 'second', roleRelations: [{ roleId: 'VIEWER', scopeId: 'ALL' }] },
        { userId: 'u3', description: 'third' },
      ],
    });
    expect(await t.ok('POST', '/users/id', {})).toMatchObject({ userIds: ['u1', 'u2', 'u3'], totalItems: 3 });
    expect(await t.ok('POST', '/users/id?itemsPerPage=2&page=2', {})).toMatchObject({
      userIds: ['u3'],
      totalItems: 3,
    });
    expect(await t.ok('POST', '/users/id?page=9', {})).toMatchObject({ userIds: [], totalItems: 3 });
    expect(await t.ok('POST', '/users/id?sort=id.userId,DESC', {})).toMatchObject({
      userIds: ['u3', 'u2', 'u1'],
    });
    expect((await t.ok('POST', '/users/id', { roleIds: ['VIEWER'] })).userIds).toEqual(['u2']);
    expect(
      (await t.ok('POST', '/users/id', { roleIds: ['VIEWER'], searchRoleOptionCode: 'INDIRECT_ROLE' }))
        .userIds,
    ).toEqual(['u1', 'u2']);
    expect((await t.ok('POST', '/users/id', { scopeIds: ['team-a'] })).userIds).toEqual(['u1']);
    expect((await t.ok('POST', '/users/id', { descriptionLike: 'IR' })).userIds).toEqual(['u1', 'u3']);
    expect((await t.ok('POST', '/users/id', { userIdPreLike: 'u', roleIdPreLike: 'EDI' })).userIds).toEqual([
      'u1',
    ]);
    const search = await t.ok<{ users: Record<string, unknown>[] }>('POST', '/users/search', {
      userIds: ['u1'],
      needRoleCount: true,
    });
    expect(search.users[0]).toMatchObject({
      userId: 'u1',
      roleCounts: [{ scopeId: 'team-a', roleCount: 1 }],
      roleRelations: [{ roleId: 'EDITOR', roleTags: null }],
    });
    const lean = await t.ok<{ users: Record<string, unknown>[] }>('POST', '/users/search', {
      userIds: ['u2'],
      needRoleRelations: false,
      needRoleTags: true,
    });
    expect(lean.users[0]).toMatchObject({ roleRelations: null, roleCounts: null });
    const tagged = await t.ok<{ users: Record<string, unknown>[] }>('POST', '/users/search', {
      userIds: ['u2'],
      needRoleTags: true,
    });
    expect(tagged.users[0]).toMatchObject({ roleRelations: [{ roleTags: [{ roleTagId: 'read' }] }] });
  });

  it('replaces all relations with PUT, or one scope with PUT .../scopes/{scopeId}, and records history', async () => {
    await t.ok('POST', '/users', {
      users: [
        {
          userId: 'ann',
          roleRelations: [
            { roleId: 'VIEWER', scopeId: 'ALL' },
            { roleId: 'EDITOR', scopeId: 'team-a' },
          ],
        },
      ],
    });
    await t.ok('PUT', '/users/ann/scopes/team-a', { user: { roleRelations: [{ roleId: 'VIEWER' }] } });
    let rels = (
      await t.ok<{ user: { roleRelations: { roleId: string; scopeId: string }[] } }>('GET', '/users/ann')
    ).user.roleRelations;
    expect(rels.map((r) => `${r.scopeId}:${r.roleId}`).sort()).toEqual(['ALL:VIEWER', 'team-a:VIEWER']);
    await t.ok('PUT', '/users/ann', {
      user: { description: 'Ann', roleRelations: [{ roleId: 'EDITOR', scopeId: 'ALL' }] },
    });
    const got = (
      await t.ok<{ user: { description: string; roleRelations: { roleId: string; scopeId: string }[] } }>(
        'GET',
        '/users/ann',
      )
    ).user;
    expect(got.description).toBe('Ann');
    rels = got.roleRelations;
    expect(rels.map((r) => `${r.scopeId}:${r.roleId}`)).toEqual(['ALL:EDITOR']);
    await t.ok('PUT', '/users/ann', { user: { description: 'kept relations' } });
    expect(
      (await t.ok<{ user: { roleRelations: unknown[] } }>('GET', '/users/ann')).user.roleRelations,
    ).toHaveLength(1);

    const h = await histories('ann', '?itemsPerPage=50');
    expect(h.userHistory.map((x) => `${x.command}:${x.scopeId ?? ''}:${x.roleId ?? ''}`)).toEqual([
      'ADD:ALL:EDITOR',
      'REMOVE:team-a:VIEWER',
      'REMOVE:ALL:VIEWER',
      'ADD:team-a:VIEWER',
      'REMOVE:team-a:EDITOR',
      'ADD:team-a:EDITOR',
      'ADD:ALL:VIEWER',
      'USER_ADD::',
    ]);
    expect(h.userHistory.map((x) => x.userHistorySeq)).toEqual(
      [...h.userHistory.map((x) => x.userHistorySeq)].sort((a, b) => b - a),
    );
    expect((await histories('ann', '?historyType=USER_ADD')).totalItems).toBe(1);
    expect((await histories('ann', '?roleId=EDITOR&scopeId=ALL')).totalItems).toBe(1);
    expect((await histories('ann', '?sort=seq,ASC&itemsPerPage=1')).userHistory[0]?.command).toBe('USER_ADD');
    expect((await histories('ann', '?fromDateTime=2999-01-01T00:00:00Z')).totalItems).toBe(0);
    expect(await t.code('GET', '/users/ann/histories?historyType=NOPE')).toBe(400);
    expect(await t.code('GET', '/users/ann/histories?toDateTime=yesterday')).toBe(400);
  });

  it('creates a missing user on PUT only with createUserIfNotExist', async () => {
    expect(await t.code('PUT', '/users/newbie', { user: {} })).toBe(14001);
    await t.ok('PUT', '/users/newbie/scopes/team-a', {
      user: { roleRelations: [{ roleId: 'VIEWER' }] },
      createUserIfNotExist: true,
    });
    expect((await histories('newbie')).userHistory.map((x) => x.command)).toEqual(['ADD', 'USER_ADD']);
  });

  it('deletes single and bulk, keeps history readable and records USER_REMOVE', async () => {
    await t.ok('POST', '/users', { users: [{ userId: 'a' }, { userId: 'b' }, { userId: 'c' }] });
    await t.ok('DELETE', '/users/a');
    expect(await t.code('DELETE', '/users', { userIds: ['b', 'zzz'] })).toBe(14001);
    await t.ok('DELETE', '/users', { userIds: ['b', 'c'] });
    expect((await t.ok('POST', '/users/id', {})).totalItems).toBe(0);
    expect((await histories('a')).userHistory.map((x) => x.command)).toEqual(['USER_REMOVE', 'USER_ADD']);
    expect(await t.code('GET', '/users/never/histories')).toBe(14001);
  });

  it('reports the documented user errors and writes nothing from a failed batch', async () => {
    await t.ok('POST', '/users', { users: [{ userId: 'dup' }] });
    expect(await t.code('POST', '/users', { users: [{ userId: 'fresh' }, { userId: 'dup' }] })).toBe(14000);
    expect(await t.code('POST', '/users', { users: [{ userId: 'x' }, { userId: 'x' }] })).toBe(14000);
    expect(await t.code('GET', '/users/fresh')).toBe(14001);
    expect(await t.code('GET', '/users/nobody')).toBe(14001);
    expect(await t.code('DELETE', '/users/nobody')).toBe(14001);
    const withRel = (rel: Record<string, unknown>) => ({ users: [{ userId: 'r', roleRelations: [rel] }] });
    expect(await t.code('POST', '/users', withRel({ roleId: 'NOPE', scopeId: 'ALL' }))).toBe(11001);
    expect(await t.code('POST', '/users', withRel({ roleId: 'VIEWER', scopeId: 'nope' }))).toBe(13001);
    expect(
      await t.code(
        'POST',
        '/users',
        withRel({ roleId: 'EDITOR', scopeId: 'ALL', roleApplyPolicyCode: 'DENY' }),
      ),
    ).toBe(11010);
    expect(
      await t.code(
        'POST',
        '/users',
        withRel({ roleId: 'VIEWER', scopeId: 'ALL', roleApplyPolicyCode: 'MAYBE' }),
      ),
    ).toBe(400);
    expect(
      await t.code('POST', '/users', {
        users: [
          {
            userId: 'r',
            roleRelations: [
              { roleId: 'VIEWER', scopeId: 'ALL' },
              { roleId: 'VIEWER', scopeId: 'ALL' },
            ],
          },
        ],
      }),
    ).toBe(14002);
    const cond = (c: Record<string, unknown>) =>
      withRel({ roleId: 'EDITOR', scopeId: 'ALL', conditions: [c] });
    expect(
      await t.code(
        'POST',
        '/users',
        cond({ attributeId: 'nope', attributeOperatorTypeCode: 'ALLOW', attributeValues: ['10.0.0.1'] }),
      ),
    ).toBe(20001);
    expect(
      await t.code(
        'POST',
        '/users',
        withRel({
          roleId: 'VIEWER',
          scopeId: 'ALL',
          conditions: [
            { attributeId: 'office.ip', attributeOperatorTypeCode: 'ALLOW', attributeValues: ['10.0.0.1'] },
          ],
        }),
      ),
    ).toBe(20001);
    expect(
      await t.code(
        'POST',
        '/users',
        cond({ attributeId: 'office.ip', attributeOperatorTypeCode: 'ANY_MATCH', attributeValues: ['x'] }),
      ),
    ).toBe(21001);
    expect(
      await t.code(
        'POST',
        '/users',
        cond({
          attributeId: 'office.ip',
          attributeOperatorTypeCode: 'ALLOW',
          attributeValues: ['999.1.1.1'],
        }),
      ),
    ).toBe(21002);
    expect(await t.code('POST', '/users', { users: [{ userId: '-bad-' }] })).toBe(400);
    expect(await t.code('POST', '/users', { users: [{ userId: 'x'.repeat(49) }] })).toBe(400);
    expect(await t.code('POST', '/users', {})).toBe(400);
    expect((await t.ok('POST', '/users/id', {})).userIds).toEqual(['dup']);
  });
});
