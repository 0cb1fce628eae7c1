import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { roleTestClient, type RoleTestClient } from './test-client';
import { BOARD_USER, checkOne, loadBoardFixture } from './test-fixtures';

const GPU = { attributeId: 'instance.name', attributeValue: 'GPU' };

describe('NHN ROLE authorization checks (A1, A2) on the console-guide bulletin board', () => {
  let t: RoleTestClient;
  beforeEach(async () => {
    t = await roleTestClient();
    await loadBoardFixture(t);
  });
  afterEach(() => t.close());

  it('answers the console guide example exactly, attributes sent as a single object', async () => {
    const res = await t.ok('POST', `/users/${BOARD_USER}/authorizations/resources`, {
      resources: [
        {
          attributes: GPU,
          authRequestId: '',
          operationId: 'GET',
          resourceId: '',
          resourcePath: '/board/v1.0/1',
          scopeId: 'ALL',
        },
      ],
    });
    expect(res.authorizations).toEqual([
      {
        attributes: [GPU],
        authRequestId: '',
        operationId: 'GET',
        permission: true,
        resourceId: '{boardId}',
        resourcePath: '/board/v1.0/1',
        scopeId: 'ALL',
      },
    ]);
  });

  it('denies on a wrong attribute value or without attributes', async () => {
    expect(
      (
        await checkOne(t, BOARD_USER, {
          resourcePath: '/board/v1.0/1',
          attributes: [{ ...GPU, attributeValue: 'CPU' }],
        })
      ).permission,
    ).toBe(false);
    const bare = await checkOne(t, BOARD_USER, { resourcePath: '/board/v1.0/1' });
    expect(bare).toMatchObject({ permission: false, attributes: [], scopeId: 'ALL' });
  });

  it('follows the trailing-slash policy of the config', async () => {
    expect(
      (await checkOne(t, BOARD_USER, { resourcePath: '/board/v1.0/1/', attributes: [GPU] })).permission,
    ).toBe(false);
    await t.ok('PUT', '/config', { resourcePathTrailingSlashMatchPolicyCode: 'IDENTICAL_PATH' });
    expect(
      (await checkOne(t, BOARD_USER, { resourcePath: '/board/v1.0/1/', attributes: [GPU] })).permission,
    ).toBe(true);
  });

  it('grants through inheritance (ADMIN includes MEMBER) for resource and role checks', async () => {
    await t.ok('POST', '/roles', {
      role: { roleId: 'ADMIN', exposureOrder: 0 },
      roleRelations: [{ relatedRoleId: 'MEMBER' }],
    });
    await t.ok('POST', '/users', {
      users: [{ userId: 'boss', roleRelations: [{ roleId: 'ADMIN', scopeId: 'ALL' }] }],
    });
    expect((await checkOne(t, 'boss', { resourcePath: '/board/v1.0/1' })).permission).toBe(true);
    const roles = await t.ok('POST', '/users/boss/authorizations/roles', {
      roles: [
        { roleId: 'MEMBER', authRequestId: 'm' },
        { roleId: 'ADMIN', scopeId: 'ALL', authRequestId: 'a' },
        { roleId: 'OTHER', authRequestId: 'o' },
        { roleId: 'ADMIN', scopeId: 'team-x', authRequestId: 'x' },
      ],
    });
    expect(roles.authorizations).toEqual([
      { roleId: 'MEMBER', scopeId: 'ALL', permission: true, attributes: [], authRequestId: 'm' },
      { roleId: 'ADMIN', scopeId: 'ALL', permission: true, attributes: [], authRequestId: 'a' },
      { roleId: 'OTHER', scopeId: 'ALL', permission: false, attributes: [], authRequestId: 'o' },
      { roleId: 'ADMIN', scopeId: 'team-x', permission: false, attributes: [], authRequestId: 'x' },
    ]);
  });

  it('makes the check fail once MEMBER is denied to the user', async () => {
    await t.ok('POST', '/roles', {
      role: { roleId: 'ADMIN', exposureOrder: 0 },
      roleRelations: [{ relatedRoleId: 'MEMBER' }],
    });
    await t.ok('POST', '/users', {
      users: [{ userId: 'boss', roleRelations: [{ roleId: 'ADMIN', scopeId: 'ALL' }] }],
    });
    await t.ok('PUT', '/users/boss/scopes/ALL', {
      user: { roleRelations: [{ roleId: 'ADMIN' }, { roleId: 'MEMBER', roleApplyPolicyCode: 'DENY' }] },
    });
    expect((await checkOne(t, 'boss', { resourcePath: '/board/v1.0/1' })).permission).toBe(false);
  });

  it('checks by resource ID first and keeps the request order with authRequestId', async () => {
    const res = await t.ok('POST', `/users/${BOARD_USER}/authorizations/resources`, {
      resources: [
        {
          operationId: 'GET',
          resourceId: 'board',
          resourcePath: '/board/v1.0/1',
          attributes: [GPU],
          authRequestId: '1',
        },
        { operationId: 'GET', resourceId: '{boardId}', attributes: [GPU], authRequestId: '2' },
        { operationId: 'GET', resourcePath: '/nowhere', attributes: [GPU], authRequestId: '3' },
      ],
    });
    expect(res.authorizations).toMatchObject([
      { authRequestId: '1', permission: false, resourceId: 'board' },
      { authRequestId: '2', permission: true, resourceId: '{boardId}' },
      { authRequestId: '3', permission: false, resourceId: null },
    ]);
  });

  it('adds grants to ancestors but not the root with propagation', async () => {
    await t.ok('POST', '/resources', { resourceId: 'root', name: '', path: '/', uiPath: '/', priority: 0 });
    await t.ok('POST', '/operations', { operationId: 'VIEW' });
    await t.ok('POST', `/resources/${encodeURIComponent('{boardId}')}/authorizations`, {
      operationId: 'VIEW',
      roleId: 'MEMBER',
      propagation: true,
    });
    for (const [id, expected] of [
      ['{boardId}', true],
      ['v1.0', true],
      ['board', true],
      ['root', false],
    ] as const) {
      const res = await t.ok<{ authorizations: { operationId: string }[] }>(
        'GET',
        `/resources/${encodeURIComponent(id)}/authorizations`,
      );
      expect(
        res.authorizations.some((a) => a.operationId === 'VIEW'),
        id,
      ).toBe(expected);
    }
  });

  it('rejects a check item without resourceId and resourcePath, and an empty body', async () => {
    expect(
      await t.code('POST', `/users/${BOARD_USER}/authorizations/resources`, {
        resources: [{ operationId: 'GET', resourceId: '' }],
      }),
    ).toBe(400);
    expect(await t.code('POST', `/users/${BOARD_USER}/authorizations/resources`, {})).toBe(400);
    expect(await t.code('POST', `/users/${BOARD_USER}/authorizations/roles`, { roles: [{}] })).toBe(400);
  });

  it('answers false for an unknown user, or 14001 when configured so', async () => {
    expect((await checkOne(t, 'ghost', { resourcePath: '/board/v1.0/1' })).permission).toBe(false);
    const strict = await roleTestClient({ engine: { unknownUserFails: true } });
    expect(await strict.code('POST', '/users/ghost/authorizations/roles', { roles: [{ roleId: 'X' }] })).toBe(
      14001,
    );
    strict.close();
  });
});
