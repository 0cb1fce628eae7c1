import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Authorization } from '../engine/model';
import { roleTestClient, type RoleTestClient } from '../emulator/test-client';
import type { AttributeDataTypeCode } from '../wire/common';
import type { TrailingSlashPolicyCode } from '../wire/config';
import type { ResourceProtocol } from '../wire/resources';
import type { RoleBundleProtocol } from '../wire/roles';
import type { UserBundleProtocol } from '../wire/users';
import { toEngineUser, toRoleGraph } from '../shared/engine-model';
import { explainCheck, resolveFor, type ExplainInput } from './explain';

/**
 * The explanation must agree with the emulator's own check on every case: it reads the data through the
 * same API the console uses and runs the shared engine, so any drift in either shows up here.
 */
let t: RoleTestClient;
beforeAll(async () => {
  t = await roleTestClient({ seed: true });
});
afterAll(() => t.close());

const all = async <T>(path: string, key: string): Promise<T[]> =>
  (await t.ok<Record<string, T[]>>('POST', `${path}?itemsPerPage=1000`, {}))[key] ?? [];

async function explainViaApi(userId: string, item: ExplainInput['item']) {
  const withRelations = (
    await t.ok<{ roles: RoleBundleProtocol[] }>('POST', '/roles/search?itemsPerPage=1000', {
      needRoleRelations: true,
    })
  ).roles;
  const resources = await all<ResourceProtocol>('/resources/search', 'resources');
  const attributes = await all<{ attributeId: string; attributeDataTypeCode: AttributeDataTypeCode }>(
    '/attributes/search',
    'attributes',
  );
  const config = await t.ok<{ resourcePathTrailingSlashMatchPolicyCode: TrailingSlashPolicyCode }>(
    'GET',
    '/config',
  );
  const userRes = await t.call('GET', `/users/${encodeURIComponent(userId)}`);
  const user = userRes.header.isSuccessful ? toEngineUser(userRes.user as UserBundleProtocol) : undefined;
  const base = {
    graph: toRoleGraph(withRelations),
    resources,
    attributeTypes: new Map(attributes.map((a) => [a.attributeId, a.attributeDataTypeCode])),
    trailingSlashPolicy: config.resourcePathTrailingSlashMatchPolicyCode,
    item,
  };
  const resource = resolveFor(base);
  const authorizations = resource
    ? (
        await t.ok<{ authorizations: Authorization[] }>(
          'GET',
          `/resources/${encodeURIComponent(resource.resourceId)}/authorizations`,
        )
      ).authorizations
    : [];
  return explainCheck({ ...base, user, authorizations });
}

const check = async (userId: string, item: ExplainInput['item']) => {
  const res = await t.ok<{ authorizations: { permission: boolean; resourceId: string | null }[] }>(
    'POST',
    `/users/${encodeURIComponent(userId)}/authorizations/resources`,
    { resources: [item] },
  );
  return res.authorizations[0];
};

const DEMO = '12345678-1234-5678-1234-567812345678';
const attrs = (pairs: Record<string, string>) =>
  Object.entries(pairs).map(([attributeId, attributeValue]) => ({ attributeId, attributeValue }));

describe('simulator explanation agrees with the emulator check', () => {
  const named: [string, string, ExplainInput['item'], boolean][] = [
    [
      'guide example with GPU',
      DEMO,
      {
        operationId: 'GET',
        resourcePath: '/board/v1.0/1',
        scopeId: 'ALL',
        attributes: attrs({ 'instance.name': 'GPU' }),
      },
      true,
    ],
    [
      'guide example with CPU',
      DEMO,
      {
        operationId: 'GET',
        resourcePath: '/board/v1.0/1',
        scopeId: 'ALL',
        attributes: attrs({ 'instance.name': 'CPU' }),
      },
      false,
    ],
    [
      'guide example without attributes',
      DEMO,
      { operationId: 'GET', resourcePath: '/board/v1.0/1', scopeId: 'ALL', attributes: [] },
      false,
    ],
    [
      'by resource ID',
      DEMO,
      {
        operationId: 'GET',
        resourceId: '{boardId}',
        scopeId: 'ALL',
        attributes: attrs({ 'instance.name': 'GPU' }),
      },
      true,
    ],
    [
      'another operation',
      DEMO,
      {
        operationId: 'DELETE',
        resourcePath: '/board/v1.0/1',
        scopeId: 'ALL',
        attributes: attrs({ 'instance.name': 'GPU' }),
      },
      false,
    ],
    [
      'no such path',
      DEMO,
      { operationId: 'GET', resourcePath: '/nowhere', scopeId: 'ALL', attributes: [] },
      false,
    ],
    [
      'unknown user',
      'nobody',
      { operationId: 'GET', resourcePath: '/board/v1.0/1', scopeId: 'ALL', attributes: [] },
      false,
    ],
  ];
  it.each(named)('%s', async (_name, userId, item, expected) => {
    const [api, explained] = await Promise.all([check(userId, item), explainViaApi(userId, item)]);
    expect(api?.permission).toBe(expected);
    expect(explained.permission).toBe(api?.permission);
    if (api?.resourceId) expect(explained.resource?.resourceId).toBe(api.resourceId);
  });

  it('on every demo user, scope and a grid of requests', async () => {
    const users = (await t.ok<{ userIds: string[] }>('POST', '/users/id?itemsPerPage=1000', {})).userIds;
    const requests: Omit<ExplainInput['item'], 'scopeId'>[] = [
      {
        operationId: 'GET',
        resourcePath: '/board/v1.0/7/posts/3',
        attributes: attrs({ 'request.time': '10:30', 'client.ip': '10.1.2.3' }),
      },
      {
        operationId: 'PUT',
        resourcePath: '/board/v1.0/7/posts/3',
        attributes: attrs({ 'request.time': '20:00', 'client.ip': '8.8.8.8' }),
      },
      {
        operationId: 'POST',
        resourcePath: '/board/v1.0/7/posts/3/comments',
        attributes: attrs({ 'request.time': '09:15' }),
      },
      { operationId: 'GET', resourcePath: '/admin/anything/deep', attributes: [] },
      { operationId: 'VIEW', resourceId: 'audit-log', attributes: [] },
    ];
    let agreed = 0;
    let allowed = 0;
    for (const userId of users)
      for (const scopeId of ['ALL', 'team-platform', 'team-growth', 'team-support'])
        for (const r of requests) {
          const item = { ...r, scopeId };
          const [api, explained] = await Promise.all([check(userId, item), explainViaApi(userId, item)]);
          expect({ userId, item, permission: explained.permission }).toEqual({
            userId,
            item,
            permission: api?.permission,
          });
          agreed++;
          if (api?.permission) allowed++;
        }
    // The grid must exercise both answers, or agreement would prove little.
    expect(allowed).toBeGreaterThan(5);
    expect(agreed - allowed).toBeGreaterThan(5);
  });
});
