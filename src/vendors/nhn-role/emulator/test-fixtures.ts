import type { RoleTestClient } from './test-client';

export const BOARD_USER = '12345678-1234-5678-1234-567812345678';

/** The bulletin-board walkthrough of NHN's console guide, built step by step through the API. */
export async function loadBoardFixture(t: RoleTestClient): Promise<void> {
  await t.ok('POST', '/roles', { role: { roleId: 'MEMBER', exposureOrder: 1 } });
  await t.ok('POST', '/operations', { operationId: 'GET' });
  await t.ok('POST', '/resources', {
    resourceId: 'board',
    name: 'board',
    path: '/board',
    uiPath: '/board',
    priority: 1,
  });
  await t.ok('POST', '/resources', {
    resourceId: 'v1.0',
    name: 'v1.0',
    path: '/board/v1.0',
    uiPath: '/board/v1.0',
    priority: 1,
  });
  await t.ok('POST', '/resources', {
    resourceId: '{boardId}',
    name: '{boardId}',
    path: '/board/v1.0/{boardId}',
    uiPath: '/board/v1.0/{boardId}',
    priority: 1,
  });
  await t.ok('POST', `/resources/${encodeURIComponent('{boardId}')}/authorizations`, {
    operationId: 'GET',
    roleId: 'MEMBER',
  });
  await t.ok('POST', '/attributes', {
    attributeId: 'instance.name',
    attributeDataTypeCode: 'STRING',
    attributeRoleRelationIds: ['MEMBER'],
  });
  await t.ok('POST', '/users', {
    users: [
      {
        userId: BOARD_USER,
        roleRelations: [
          {
            roleId: 'MEMBER',
            scopeId: 'ALL',
            conditions: [
              {
                attributeId: 'instance.name',
                attributeOperatorTypeCode: 'ANY_MATCH',
                attributeValues: ['GPU'],
              },
            ],
          },
        ],
      },
    ],
  });
}

type CheckItem = {
  resourcePath?: string;
  resourceId?: string;
  operationId?: string;
  scopeId?: string;
  attributes?: unknown;
  authRequestId?: string;
};

/** Runs one resource check for `userId` and returns its single answer. */
export async function checkOne(t: RoleTestClient, userId: string, item: CheckItem) {
  const res = await t.ok<{ authorizations: { permission: boolean; resourceId?: string | null }[] }>(
    'POST',
    `/users/${encodeURIComponent(userId)}/authorizations/resources`,
    { resources: [{ operationId: 'GET', ...item }] },
  );
  const [first] = res.authorizations;
  if (!first) throw new Error('no answer');
  return first;
}
