import type { Hono } from 'hono';
import type { ConditionProtocol } from '../wire/common';
import { ALL_SCOPE } from './model';
import type { RoleStore } from './store';

/**
 * The demo tenant: the bulletin-board service of NHN's console guide (boards, posts, comments and an
 * admin area), admin/editor/viewer roles, one scope per team, and a few dozen users. It is written through
 * the emulator's own API so that it obeys every rule a client's data would.
 */

export const DEMO_CHECK_USER = '12345678-1234-5678-1234-567812345678';

const SCOPES = [
  { scopeId: 'team-platform', description: 'Platform team' },
  { scopeId: 'team-growth', description: 'Growth team' },
  { scopeId: 'team-support', description: 'Customer support' },
];

const OPERATIONS = [
  { operationId: 'GET', description: 'Read' },
  { operationId: 'POST', description: 'Create' },
  { operationId: 'PUT', description: 'Update' },
  { operationId: 'DELETE', description: 'Delete' },
  { operationId: 'VIEW', description: 'Show in the menu' },
];

const ROLES = [
  {
    roleId: 'MEMBER',
    roleName: 'Member',
    roleGroup: 'board',
    exposureOrder: 40,
    description: 'Reads boards',
    tags: ['board'],
  },
  {
    roleId: 'BOARD_VIEWER',
    roleName: 'Board viewer',
    roleGroup: 'board',
    exposureOrder: 30,
    description: 'Reads boards and posts',
    tags: ['board', 'read-only'],
    includes: ['MEMBER'],
  },
  {
    roleId: 'BOARD_EDITOR',
    roleName: 'Board editor',
    roleGroup: 'board',
    exposureOrder: 20,
    description: 'Writes posts and comments',
    tags: ['board'],
    includes: ['BOARD_VIEWER'],
  },
  {
    roleId: 'BOARD_ADMIN',
    roleName: 'Board administrator',
    roleGroup: 'admin',
    exposureOrder: 10,
    description: 'Manages boards and settings',
    tags: ['board', 'admin'],
    includes: ['BOARD_EDITOR'],
  },
  {
    roleId: 'AUDITOR',
    roleName: 'Auditor',
    roleGroup: 'admin',
    exposureOrder: 50,
    description: 'Reads admin settings',
    tags: ['admin', 'read-only'],
  },
];

/** [resourceId, name, path, uiPath, priority] */
const RESOURCES: [string, string, string, string, number][] = [
  ['board', 'board', '/board', '/board', 1],
  ['v1.0', 'v1.0', '/board/v1.0', '/board/v1.0', 1],
  ['{boardId}', '{boardId}', '/board/v1.0/{boardId}', '/board/v1.0/{boardId}', 1],
  ['posts', 'posts', '/board/v1.0/{boardId}/posts', '/board/v1.0/{boardId}/posts', 1],
  ['{postId}', '{postId}', '/board/v1.0/{boardId}/posts/{postId}', '/board/v1.0/{boardId}/posts/{postId}', 1],
  [
    'comments',
    'comments',
    '/board/v1.0/{boardId}/posts/{postId}/comments',
    '/board/v1.0/{boardId}/posts/{postId}/comments',
    1,
  ],
  ['admin', 'admin', '/admin/**', '/admin', 2],
  ['settings', 'settings', '/admin/settings', '/admin/settings', 1],
  ['audit-log', 'audit log', '/admin/audit-log', '/admin/audit-log', 2],
];

/** [resourceId, operationId, roleId, propagation] */
const GRANTS: [string, string, string, boolean][] = [
  ['{boardId}', 'GET', 'MEMBER', true],
  ['{boardId}', 'VIEW', 'MEMBER', true],
  ['posts', 'GET', 'BOARD_VIEWER', false],
  ['{postId}', 'GET', 'BOARD_VIEWER', false],
  ['posts', 'POST', 'BOARD_EDITOR', false],
  ['{postId}', 'PUT', 'BOARD_EDITOR', false],
  ['{postId}', 'DELETE', 'BOARD_EDITOR', false],
  ['comments', 'POST', 'BOARD_EDITOR', false],
  ['{boardId}', 'PUT', 'BOARD_ADMIN', false],
  ['{boardId}', 'DELETE', 'BOARD_ADMIN', false],
  ['admin', 'GET', 'BOARD_ADMIN', false],
  ['admin', 'PUT', 'BOARD_ADMIN', false],
  ['settings', 'VIEW', 'BOARD_ADMIN', true],
  ['audit-log', 'VIEW', 'AUDITOR', true],
  ['audit-log', 'GET', 'AUDITOR', false],
];

const FIRST = [
  'minji',
  'jiho',
  'seoyeon',
  'hyunwoo',
  'yuna',
  'dohyun',
  'sora',
  'taeyang',
  'haeun',
  'junseo',
  'eunji',
  'kyungmin',
];
const LAST = ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon'];
const TEAM_ROLES = ['BOARD_VIEWER', 'BOARD_VIEWER', 'BOARD_EDITOR', 'MEMBER', 'BOARD_EDITOR', 'BOARD_ADMIN'];

const officeHours: ConditionProtocol = {
  attributeId: 'request.time',
  attributeOperatorTypeCode: 'BETWEEN',
  attributeValues: ['09:00', '18:00'],
};
const officeNetwork: ConditionProtocol = {
  attributeId: 'client.ip',
  attributeOperatorTypeCode: 'ALLOW',
  attributeValues: ['10.0.0.0/8', '192.168.0.0/16'],
};

function demoUsers() {
  const users = [];
  for (let i = 0; i < 30; i++) {
    const first = FIRST[i % FIRST.length] ?? 'user';
    const last = LAST[(i * 5) % LAST.length] ?? 'demo';
    const scope = SCOPES[i % SCOPES.length]?.scopeId ?? ALL_SCOPE;
    const role = TEAM_ROLES[i % TEAM_ROLES.length] ?? 'MEMBER';
    const roleRelations: {
      roleId: string;
      scopeId: string;
      roleApplyPolicyCode?: 'ALLOW' | 'DENY';
      conditions?: ConditionProtocol[];
    }[] = [
      { roleId: role, scopeId: scope },
      { roleId: 'MEMBER', scopeId: ALL_SCOPE },
    ];
    // A few show the less common grants: a DENY carve-out, conditional admin, an auditor.
    if (i % 10 === 4) roleRelations.push({ roleId: 'MEMBER', scopeId: scope, roleApplyPolicyCode: 'DENY' });
    if (role === 'BOARD_ADMIN' && i % 12 === 5)
      roleRelations[0] = { roleId: role, scopeId: scope, conditions: [officeHours, officeNetwork] };
    if (i % 9 === 7) roleRelations.push({ roleId: 'AUDITOR', scopeId: scope });
    users.push({
      userId: `${first}.${last}${i < FIRST.length ? '' : String(i)}@example.com`,
      description: `${first} ${last}, ${scope}`,
      roleRelations,
    });
  }
  users.push({
    userId: DEMO_CHECK_USER,
    description: 'Member from the NHN console guide example',
    roleRelations: [
      {
        roleId: 'MEMBER',
        scopeId: ALL_SCOPE,
        conditions: [
          { attributeId: 'instance.name', attributeOperatorTypeCode: 'ANY_MATCH', attributeValues: ['GPU'] },
        ],
      },
    ],
  });
  return users;
}

/** Loads the demo tenant on an empty store; throws if any demo call is refused, which is a bug. */
export async function seedDemoTenant(app: Hono, store: RoleStore): Promise<void> {
  const { appKey, secretKey } = store.tenant();
  const call = async (method: string, path: string, body: unknown) => {
    const res = await app.request(`/role/v3.0/appkeys/${appKey}${path}`, {
      method,
      headers: { 'X-Secret-Key': secretKey, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { header: { isSuccessful: boolean; resultMessage: string } };
    if (!json.header.isSuccessful)
      throw new Error(`Demo seed ${method} ${path} failed: ${json.header.resultMessage}`);
  };
  for (const s of SCOPES) await call('POST', '/scopes', s);
  for (const o of OPERATIONS) await call('POST', '/operations', o);
  for (const r of ROLES) {
    const { tags, includes, ...role } = r;
    await call('POST', '/roles', {
      role,
      roleTags: tags.map((roleTagId) => ({ roleTagId })),
      roleRelations: (includes ?? []).map((relatedRoleId) => ({
        relatedRoleId,
        roleApplyPolicyCode: 'ALLOW',
      })),
    });
  }
  await call('POST', '/attributes', {
    attributeId: 'instance.name',
    attributeName: 'Instance name',
    attributeDataTypeCode: 'STRING',
    attributeRoleRelationIds: ['MEMBER'],
    attributeTagIds: ['compute'],
  });
  await call('POST', '/attributes', {
    attributeId: 'board.category',
    attributeName: 'Board category',
    attributeDataTypeCode: 'STRING',
    attributeRoleRelationIds: ['BOARD_EDITOR', 'BOARD_VIEWER'],
    attributeTagIds: ['board'],
  });
  await call('POST', '/attributes', {
    attributeId: 'request.time',
    attributeName: 'Time of request',
    attributeDataTypeCode: 'TIME',
    attributeRoleRelationIds: ['BOARD_ADMIN'],
    attributeTagIds: ['context'],
  });
  await call('POST', '/attributes', {
    attributeId: 'client.ip',
    attributeName: 'Client IP',
    attributeDataTypeCode: 'IPADDRESS',
    attributeRoleRelationIds: ['BOARD_ADMIN'],
    attributeTagIds: ['context', 'network'],
  });
  await call('POST', '/attributes', {
    attributeId: 'request.day',
    attributeName: 'Day of request',
    attributeDataTypeCode: 'DAY_OF_WEEK',
    attributeRoleRelationIds: [],
    attributeTagIds: ['context'],
  });
  for (const [resourceId, name, path, uiPath, priority] of RESOURCES) {
    await call('POST', '/resources', {
      resourceId,
      name,
      path,
      uiPath,
      priority,
      description: `${name} (${path})`,
    });
  }
  for (const [resourceId, operationId, roleId, propagation] of GRANTS) {
    await call('POST', `/resources/${encodeURIComponent(resourceId)}/authorizations`, {
      operationId,
      roleId,
      propagation,
    });
  }
  await call('POST', '/users', { users: demoUsers() });
}
