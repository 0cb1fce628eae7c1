import { describe, expect, it } from 'vitest';
import type { RoleApplyPolicyCode } from '../wire/common';
import type { Authorization, Condition, Resource, RoleRelation, User, UserRoleRelation } from './model';
import { checkResource, checkRole, type CheckModel } from './check';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './options';

const T = '2026-01-01T00:00:00.000+00:00';
const rel = (
  relatedRoleId: string,
  policy: RoleApplyPolicyCode = 'ALLOW',
  conditions: Condition[] = [],
): RoleRelation => ({
  relatedRoleId,
  roleApplyPolicyCode: policy,
  conditions,
  regDateTime: T,
});
const grant = (
  roleId: string,
  scopeId = 'ALL',
  policy: RoleApplyPolicyCode = 'ALLOW',
  conditions: Condition[] = [],
): UserRoleRelation => ({
  roleId,
  scopeId,
  roleApplyPolicyCode: policy,
  conditions,
  regYmdt: T,
});
const gpu: Condition = {
  attributeId: 'instance.name',
  attributeOperatorTypeCode: 'ANY_MATCH',
  attributeValues: ['GPU'],
};

function model(
  graph: Record<string, RoleRelation[]>,
  relations: UserRoleRelation[],
  extra: Partial<CheckModel> = {},
): CheckModel {
  const user: User = { userId: 'u', description: null, regYmdt: T, roleRelations: relations };
  return {
    users: new Map([['u', user]]),
    graph: new Map(Object.entries(graph)),
    resources: [],
    authorizations: [],
    attributeTypes: new Map([['instance.name', 'STRING']]),
    trailingSlashPolicy: 'NON_IDENTICAL_PATH',
    ...extra,
  };
}

const has = (
  m: CheckModel,
  roleId: string,
  o: Partial<EngineOptions> = {},
  scopeId = 'ALL',
  attrs: [string, string][] = [],
) =>
  checkRole(
    m,
    'u',
    roleId,
    { scopeId, attributes: attrs.map(([attributeId, attributeValue]) => ({ attributeId, attributeValue })) },
    { ...DEFAULT_ENGINE_OPTIONS, ...o },
  );

describe('role inheritance and DENY', () => {
  const chain = { ADMIN: [rel('EDITOR')], EDITOR: [rel('VIEWER')], VIEWER: [rel('MEMBER')], MEMBER: [] };

  it.each([
    ['ADMIN', true],
    ['EDITOR', true],
    ['VIEWER', true],
    ['MEMBER', true],
    ['OTHER', false],
  ])('a holder of ADMIN inherits %s transitively: %s', (role, expected) => {
    expect(has(model(chain, [grant('ADMIN')]), role)).toBe(expected);
  });

  it('does not inherit upward', () => {
    const m = model(chain, [grant('VIEWER')]);
    expect([has(m, 'MEMBER'), has(m, 'EDITOR'), has(m, 'ADMIN')]).toEqual([true, false, false]);
  });

  it('lets a DENY on the user carve a role out of a bundle, and DENY beats ALLOW', () => {
    const m = model(chain, [grant('ADMIN'), grant('MEMBER', 'ALL', 'DENY')]);
    expect(has(m, 'MEMBER')).toBe(false);
    expect(has(m, 'VIEWER')).toBe(true);
    expect(has(model(chain, [grant('MEMBER'), grant('MEMBER', 'ALL', 'DENY')]), 'MEMBER')).toBe(false);
  });

  it('lets a DENY role relation carve out a role for everyone reaching it', () => {
    const m = model({ ...chain, ADMIN: [rel('EDITOR'), rel('MEMBER', 'DENY')] }, [grant('ADMIN')]);
    expect(has(m, 'VIEWER')).toBe(true);
    expect(has(m, 'MEMBER')).toBe(false);
    expect(
      has(model({ ...chain, ADMIN: [rel('EDITOR'), rel('MEMBER', 'DENY')] }, [grant('VIEWER')]), 'MEMBER'),
    ).toBe(true);
  });

  it('prunes a denied role subtree by default, and only the role itself when asked', () => {
    const m = model(chain, [grant('ADMIN'), grant('EDITOR', 'ALL', 'DENY')]);
    expect(has(m, 'EDITOR')).toBe(false);
    expect(has(m, 'VIEWER')).toBe(false);
    expect(has(m, 'VIEWER', { denyPrunesSubtree: false })).toBe(true);
    expect(has(m, 'EDITOR', { denyPrunesSubtree: false })).toBe(false);
  });

  it('still grants a pruned role reachable through another allowed path', () => {
    const m = model({ ...chain, AUDITOR: [rel('VIEWER')] }, [
      grant('ADMIN'),
      grant('AUDITOR'),
      grant('EDITOR', 'ALL', 'DENY'),
    ]);
    expect(has(m, 'VIEWER')).toBe(true);
    expect(has(m, 'EDITOR')).toBe(false);
  });
});

describe('scopes and conditions', () => {
  it('matches the checked scope exactly, with ALL as the default scope', () => {
    const m = model({}, [grant('R', 'team-a')]);
    expect(has(m, 'R', {}, 'team-a')).toBe(true);
    expect(has(m, 'R', {}, 'team-b')).toBe(false);
    expect(has(m, 'R', {}, '')).toBe(false);
    expect(has(model({}, [grant('R')]), 'R', {}, '')).toBe(true);
  });

  it('treats ALL as a wildcard only under allScopeIsWildcard', () => {
    const m = model({}, [grant('R', 'ALL')]);
    expect(has(m, 'R', {}, 'team-a')).toBe(false);
    expect(has(m, 'R', { allScopeIsWildcard: true }, 'team-a')).toBe(true);
  });

  it('applies a conditional grant only when the sent attribute satisfies it', () => {
    const m = model({}, [grant('R', 'ALL', 'ALLOW', [gpu])]);
    expect(has(m, 'R', {}, 'ALL', [['instance.name', 'GPU']])).toBe(true);
    expect(has(m, 'R', {}, 'ALL', [['instance.name', 'CPU']])).toBe(false);
    expect(has(m, 'R')).toBe(false);
    expect(has(m, 'R', { missingAttributeFails: false })).toBe(true);
  });

  it('applies conditions on role relations and on DENY relations', () => {
    const viaRelation = model({ A: [rel('B', 'ALLOW', [gpu])] }, [grant('A')]);
    expect(has(viaRelation, 'B', {}, 'ALL', [['instance.name', 'GPU']])).toBe(true);
    expect(has(viaRelation, 'B', {}, 'ALL', [['instance.name', 'CPU']])).toBe(false);
    const conditionalDeny = model({ A: [rel('B')] }, [grant('A'), grant('B', 'ALL', 'DENY', [gpu])]);
    expect(has(conditionalDeny, 'B', {}, 'ALL', [['instance.name', 'GPU']])).toBe(false);
    expect(has(conditionalDeny, 'B', {}, 'ALL', [['instance.name', 'CPU']])).toBe(true);
  });
});

describe('resource checks', () => {
  const resources: Resource[] = [
    {
      resourceId: 'board',
      name: 'board',
      description: null,
      path: '/board',
      uiPath: '/board',
      priority: 0,
      metadata: null,
    },
    {
      resourceId: '{boardId}',
      name: '{boardId}',
      description: null,
      path: '/board/{boardId}',
      uiPath: '/board/{boardId}',
      priority: 0,
      metadata: null,
    },
  ];
  const auths: Authorization[] = [{ resourceId: '{boardId}', operationId: 'GET', roleId: 'MEMBER' }];
  const m = model({ ADMIN: [rel('MEMBER')] }, [grant('ADMIN')], { resources, authorizations: auths });
  const check = (item: { resourceId?: string; resourcePath?: string; operationId: string }) =>
    checkResource(m, 'u', { ...item, attributes: [] }, DEFAULT_ENGINE_OPTIONS);

  it('resolves a path to the matching resource and grants through inheritance', () => {
    expect(check({ resourcePath: '/board/7', operationId: 'GET' })).toMatchObject({
      permission: true,
      resource: { resourceId: '{boardId}' },
    });
    expect(check({ resourcePath: '/board/7', operationId: 'PUT' }).permission).toBe(false);
    expect(check({ resourcePath: '/board', operationId: 'GET' }).permission).toBe(false);
  });

  it('uses the resource ID first when both are given', () => {
    expect(check({ resourceId: 'board', resourcePath: '/board/7', operationId: 'GET' })).toMatchObject({
      permission: false,
      resource: { resourceId: 'board' },
    });
  });

  it('answers false for an unknown user or resource', () => {
    expect(
      checkResource(
        m,
        'nobody',
        { resourcePath: '/board/7', operationId: 'GET', attributes: [] },
        DEFAULT_ENGINE_OPTIONS,
      ).permission,
    ).toBe(false);
    expect(check({ resourceId: 'missing', operationId: 'GET' })).toEqual({
      permission: false,
      resource: undefined,
    });
  });
});

/** A small deterministic PRNG, so a failing property run can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('property: a check does not depend on the order grants were created in', () => {
  const ROLES = ['R0', 'R1', 'R2', 'R3', 'R4', 'R5'];
  const shuffle = <X>(xs: readonly X[], rnd: () => number): X[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      const a = out[i];
      const b = out[j];
      if (a !== undefined && b !== undefined) {
        out[i] = b;
        out[j] = a;
      }
    }
    return out;
  };

  it('gives the same answers for 120 random tenants under shuffled relation, grant and resource orders', () => {
    for (let run = 0; run < 120; run++) {
      const rnd = prng(run + 1);
      const pick = <X>(xs: readonly X[]): X => {
        const x = xs[Math.floor(rnd() * xs.length)];
        if (x === undefined) throw new Error('empty choice');
        return x;
      };
      // Edges only from lower to higher index keep the random graph acyclic, as the API enforces.
      const graph: Record<string, RoleRelation[]> = {};
      for (const [i, role] of ROLES.entries()) {
        graph[role] = ROLES.slice(i + 1)
          .filter(() => rnd() < 0.35)
          .map((r) => rel(r, rnd() < 0.2 ? 'DENY' : 'ALLOW', rnd() < 0.2 ? [gpu] : []));
      }
      const relations = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () =>
        grant(pick(ROLES), pick(['ALL', 'S']), rnd() < 0.25 ? 'DENY' : 'ALLOW', rnd() < 0.2 ? [gpu] : []),
      );
      const resources: Resource[] = ['/a/{x}', '/a/**', '/a/b', '/*/b'].map((path, i) => ({
        resourceId: `res${i}`,
        name: null,
        description: null,
        path,
        uiPath: `/n${i}`,
        priority: 0,
        metadata: null,
      }));
      const auths: Authorization[] = Array.from({ length: 6 }, () => ({
        resourceId: pick(resources).resourceId,
        operationId: 'GET',
        roleId: pick(ROLES),
      }));
      const build = (order: () => number) =>
        model(
          Object.fromEntries(shuffle(Object.entries(graph), order).map(([k, v]) => [k, shuffle(v, order)])),
          shuffle(relations, order),
          { resources: shuffle(resources, order), authorizations: shuffle(auths, order) },
        );
      const answers = (m: CheckModel) =>
        ['/a/b', '/a/c', '/x/b', '/a/b/c'].flatMap((path) =>
          ['ALL', 'S'].flatMap((scopeId) =>
            [[], [{ attributeId: 'instance.name', attributeValue: 'GPU' }]].map((attributes) => {
              const r = checkResource(
                m,
                'u',
                { resourcePath: path, operationId: 'GET', scopeId, attributes },
                DEFAULT_ENGINE_OPTIONS,
              );
              return `${String(r.permission)}:${r.resource?.resourceId ?? '-'}:${ROLES.filter((role) => checkRole(m, 'u', role, { scopeId, attributes }, DEFAULT_ENGINE_OPTIONS)).join(',')}`;
            }),
          ),
        );
      const reference = answers(build(prng(1000 + run)));
      expect(answers(build(prng(2000 + run))), `run ${run}`).toEqual(reference);
      expect(answers(build(prng(3000 + run))), `run ${run}`).toEqual(reference);
    }
  });
});
