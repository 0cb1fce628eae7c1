import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHECK_USER } from './seed-data';
import { SEED_RESPONSE_KEYS } from './seed-examples.test-data';
import { roleTestClient, type RoleTestClient } from './test-client';

/** Every key path of a JSON value, as in SEED_RESPONSE_KEYS; a null value ends its path. */
function keyPaths(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  if (Array.isArray(value)) {
    for (const item of value) for (const p of keyPaths(item, `${prefix}[]`)) out.add(p);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.add(p);
      for (const q of keyPaths(v, p)) out.add(q);
    }
  }
  return out;
}

const user = encodeURIComponent(DEMO_CHECK_USER);
const GPU = [{ attributeId: 'instance.name', attributeValue: 'GPU' }];

/** A successful request for each operation whose seed example has more than the header, on the demo tenant. */
const REQUESTS: Record<string, [string, string, unknown?]> = {
  'POST /users/id': ['POST', '/users/id', {}],
  'GET /users/{userId}': ['GET', `/users/${user}`],
  'GET /users/{userId}/histories': ['GET', `/users/${user}/histories`],
  'POST /users/search': [
    'POST',
    '/users/search',
    { userIds: [DEMO_CHECK_USER], needRoleTags: true, needRoleCount: true },
  ],
  'POST /users/{userId}/authorizations/resources': [
    'POST',
    `/users/${user}/authorizations/resources`,
    {
      resources: [
        { operationId: 'GET', resourcePath: '/board/v1.0/1', authRequestId: 'r1', attributes: GPU },
      ],
    },
  ],
  'POST /users/{userId}/authorizations/roles': [
    'POST',
    `/users/${user}/authorizations/roles`,
    { roles: [{ roleId: 'MEMBER', authRequestId: 'r1', attributes: GPU }] },
  ],
  'GET /roles/{roleId}/deniable': ['GET', '/roles/MEMBER/deniable'],
  'GET /roles/{roleId}': ['GET', '/roles/BOARD_EDITOR'],
  'GET /roles/id': ['GET', '/roles/id'],
  'POST /roles/{roleId}/attributes/search': ['POST', '/roles/MEMBER/attributes/search', {}],
  'POST /roles/search': [
    'POST',
    '/roles/search',
    { roleIds: ['BOARD_EDITOR'], needAttributes: true, needRoleRelations: true, needRoleTags: true },
  ],
  'GET /roles/tags/id': ['GET', '/roles/tags/id'],
  'GET /scopes/id': ['GET', '/scopes/id'],
  'GET /scopes/{scopeId}': ['GET', '/scopes/team-growth'],
  'POST /scopes/search': ['POST', '/scopes/search', {}],
  'GET /resources/{resourceId}': ['GET', '/resources/board'],
  'POST /resources/id': ['POST', '/resources/id', {}],
  'POST /resources/attributes/search': [
    'POST',
    '/resources/attributes/search',
    { operationId: 'GET', resourcePath: '/board/v1.0/1' },
  ],
  'POST /resources/search': ['POST', '/resources/search', {}],
  'GET /resources/{resourceId}/sub-resources': ['GET', '/resources/board/sub-resources?depth=9'],
  'POST /resources/hierarchy/search': ['POST', '/resources/hierarchy/search', {}],
  'GET /resources/{resourceId}/authorizations': [
    'GET',
    `/resources/${encodeURIComponent('{boardId}')}/authorizations`,
  ],
  'GET /operations/{operationId}': ['GET', '/operations/GET'],
  'GET /operations/id': ['GET', '/operations/id'],
  'POST /operations/search': ['POST', '/operations/search', {}],
  'GET /attributes/{attributeId}': ['GET', '/attributes/board.category'],
  'POST /attributes/id': ['POST', '/attributes/id', {}],
  'POST /attributes/search': ['POST', '/attributes/search', {}],
  'POST /attributes/data-types': ['POST', '/attributes/data-types'],
  'POST /attributes/{attributeId}/roles/search': ['POST', '/attributes/board.category/roles/search', {}],
  'POST /attributes/tags/id': ['POST', '/attributes/tags/id', {}],
  'POST /attributes/tags/search': ['POST', '/attributes/tags/search', {}],
};

describe('NHN ROLE responses carry every field of the seed examples', () => {
  let t: RoleTestClient;
  beforeAll(async () => {
    t = await roleTestClient({ seed: true });
    // The demo has no conditional role relation; one makes the nested condition fields observable.
    await t.ok('PUT', '/roles/BOARD_EDITOR/relations', {
      roleRelations: [
        {
          relatedRoleId: 'BOARD_VIEWER',
          conditions: [
            {
              attributeId: 'board.category',
              attributeOperatorTypeCode: 'ANY_MATCH',
              attributeValues: ['notice'],
            },
          ],
        },
      ],
    });
  });
  afterAll(() => t.close());

  it('has a request for every seed example with a body', () => {
    expect(Object.keys(REQUESTS).sort()).toEqual(Object.keys(SEED_RESPONSE_KEYS).sort());
  });

  it.each(Object.entries(SEED_RESPONSE_KEYS))('%s', async (operation, keys) => {
    const request = REQUESTS[operation];
    if (!request) throw new Error(`no request for ${operation}`);
    const res = await t.ok(request[0], request[1], request[2]);
    const ours = keyPaths(res);
    expect(keys.filter((k) => !ours.has(k))).toEqual([]);
  });
});
