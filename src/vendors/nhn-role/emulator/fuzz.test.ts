import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_OPERATIONS } from './routes.test-data';
import { roleTestClient, type RoleTestClient } from './test-client';

/** A small deterministic PRNG so a failing run can be replayed from its seed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const IDS = [
  'MEMBER',
  'BOARD_ADMIN',
  'ALL',
  'team-growth',
  'GET',
  'VIEW',
  'board',
  '{boardId}',
  'instance.name',
  'client.ip',
  '12345678-1234-5678-1234-567812345678',
];
const WEIRD = [
  '',
  ' ',
  '..',
  '%2F',
  'a/b',
  '\u0000',
  '😀',
  'x'.repeat(2000),
  '-',
  '{',
  'id',
  'search',
  'null',
  '1e309',
];
const FIELDS = [
  'users',
  'userId',
  'userIds',
  'roleRelations',
  'roleId',
  'roleIds',
  'scopeId',
  'scopeIds',
  'roleApplyPolicyCode',
  'conditions',
  'attributeId',
  'attributeIds',
  'attributeOperatorTypeCode',
  'attributeValues',
  'attributeValue',
  'attributes',
  'resources',
  'roles',
  'resourceId',
  'resourceIds',
  'resourcePath',
  'path',
  'uiPath',
  'priority',
  'name',
  'metadata',
  'newResourceId',
  'operationId',
  'operationIds',
  'propagation',
  'role',
  'exposureOrder',
  'roleTags',
  'roleTagId',
  'relatedRoleId',
  'relatedRoleIds',
  'user',
  'createUserIfNotExist',
  'description',
  'attributeDataTypeCode',
  'attributeRoleRelationIds',
  'attributeTagIds',
  'forceDelete',
  'cacheTtl',
  'resourcePathTrailingSlashMatchPolicyCode',
  'searchRoleOptionCode',
  'needRoleRelations',
  'roleTagIdExpr',
];
const ENUMS = [
  'ALLOW',
  'DENY',
  'ANY_MATCH',
  'BETWEEN',
  'TRUE',
  'STRING',
  'TIME',
  'IPADDRESS',
  'INDIRECT_ROLE',
  'IDENTICAL_PATH',
  'COMMON_ATTRIBUTE',
];

function generator(rnd: () => number) {
  const pick = <X>(xs: readonly X[]): X => {
    const x = xs[Math.floor(rnd() * xs.length)];
    if (x === undefined) throw new Error('empty choice');
    return x;
  };
  const value = (depth: number): unknown => {
    const r = rnd();
    if (r < 0.15) return pick(IDS);
    if (r < 0.25) return pick(WEIRD);
    if (r < 0.33) return pick(ENUMS);
    if (r < 0.4) return pick([0, -1, 1.5, 40000, -40000, 2 ** 53, Number.MAX_SAFE_INTEGER]);
    if (r < 0.45) return pick([true, false, null]);
    if (depth > 3) return pick(IDS);
    if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
    return object(depth + 1);
  };
  const object = (depth: number): Record<string, unknown> =>
    Object.fromEntries(Array.from({ length: Math.floor(rnd() * 6) }, () => [pick(FIELDS), value(depth)]));
  const id = () => encodeURIComponent(rnd() < 0.6 ? pick(IDS) : pick(WEIRD.filter((w) => w !== '')));
  const query = () =>
    rnd() < 0.5
      ? ''
      : `?${[
          'page',
          'itemsPerPage',
          'sort',
          'depth',
          'offset',
          'limit',
          'operationId',
          'roleId',
          'forceDelete',
          'searchRoleOptionCode',
          'historyType',
          'fromDateTime',
          'scopeIds',
        ]
          .filter(() => rnd() < 0.3)
          .map((k) => `${k}=${encodeURIComponent(String(value(4)))}`)
          .join('&')}`;
  const body = (): unknown => {
    const r = rnd();
    if (r < 0.1) return '{"unterminated":';
    if (r < 0.15) return 'null';
    if (r < 0.2) return JSON.stringify(value(0));
    return object(0);
  };
  return { id, query, body };
}

describe('NHN ROLE fuzz: malformed bodies, IDs and queries', () => {
  let t: RoleTestClient;
  beforeAll(async () => {
    t = await roleTestClient({ seed: true });
  });
  afterAll(() => t.close());

  it('routes all 70 seed operations (none answers "unknown URL")', async () => {
    expect(SEED_OPERATIONS).toHaveLength(70);
    for (const [method, template] of SEED_OPERATIONS) {
      const path = template.replace(/\{[^}]+\}/g, 'MEMBER');
      const res = await t.call(method, path, method === 'GET' ? undefined : {});
      expect(res.header.resultCode, `${method} ${template}`).not.toBe(404);
    }
  });

  it('never answers 500 nor a non-200 status to 1,200 random requests', async () => {
    const rnd = prng(20261122);
    const gen = generator(rnd);
    const failures: string[] = [];
    const codes = new Map<number, number>();
    for (let i = 0; i < 1200; i++) {
      const [method, template] = SEED_OPERATIONS[Math.floor(rnd() * SEED_OPERATIONS.length)] ?? [
        'GET',
        '/config',
      ];
      const path = template.replace(/\{[^}]+\}/g, () => gen.id()) + gen.query();
      const body = method === 'GET' ? undefined : gen.body();
      const res = await t.call(method, path, body);
      codes.set(res.header.resultCode, (codes.get(res.header.resultCode) ?? 0) + 1);
      if (res.header.resultCode === 500 || typeof res.header.isSuccessful !== 'boolean')
        failures.push(`${method} ${path} ${JSON.stringify(body).slice(0, 200)}`);
    }
    // The run must reach past validation, not only bounce off it.
    expect(codes.get(0) ?? 0).toBeGreaterThan(60);
    expect(failures).toEqual([]);
  });
});
