import { describe, expect, it } from 'vitest';
import { RESULT } from './errors';
import { harness } from './test-support';

/** A small deterministic PRNG so a failing case can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DOCUMENTED = new Set<number>([0, ...Object.values(RESULT)]);

describe('fuzzing every operation', () => {
  it('never answers 500 nor a code outside the seed’s table, whatever the path values and bodies', async () => {
    const h = await harness();
    const rand = prng(1234);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const { live } = await h.projects();
    const groups = h.runtime.store.roleGroups.list().map((g) => g.roleGroupId);
    // Another key of the OWNER: the one whose token drives the run must survive it.
    const spare = h.runtime.store.userAccessKeys.list(
      (k) => k.ownerUuid === h.meta.ownerUuid && k.userAccessKeyID !== h.meta.userAccessKeyId,
    )[0];
    const values: Record<string, readonly string[]> = {
      orgId: [h.orgId, 'x'.repeat(16), '%00', ''],
      projectId: [live, 'NoSuch00', '..', 'ü'],
      memberUuid: [h.meta.ownerUuid, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'],
      targetUuid: [h.meta.ownerUuid, 'x'],
      memberId: [h.meta.ownerUuid, 'x'],
      roleGroupId: [...groups, 'nope'],
      productId: ['kC4nS7xe', 'Ab3sCl9q', 'zzzzzzzz'],
      appKey: ['x'.repeat(20)],
      id: [spare?.userAccessKeyID ?? '', 'A'.repeat(20)],
    };
    const junk = (): unknown =>
      pick([
        () => ({}),
        () => [],
        () => null,
        () => 42,
        () => 'text',
        () => ({ paging: { page: pick([0, 1, -5, 'a', 1e12]), limit: pick([1, 0, 3000]) } }),
        () => ({
          assignRoles: pick([[], [{ roleId: pick(['MEMBER', 'ADMIN', 'X', 7]) }], 'MEMBER', [{}]]),
          memberUuid: pick([h.meta.ownerUuid, 3, '']),
        }),
        () => ({
          roleGroupName: pick(['', 'G', 'x'.repeat(500), 5]),
          roles: pick([[], [{ roleId: 'MEMBER', roleApplyPolicyCode: pick(['ALLOW', 'NO']) }], {}]),
        }),
        () => ({
          member: {
            userCode: pick(['ok.user', 'BAD', '', 'x'.repeat(30)]),
            name: pick(['N', '']),
            emailAddress: pick(['a@b.example', 'x']),
            status: pick(['member', 'leaved', 'x']),
          },
        }),
        () => ({
          roleGroupIds: pick([[], ['nope'], groups.slice(0, 1), 'x']),
          memberUuids: pick([[], ['x'], 'y']),
          tokenIds: pick([[1], ['a']]),
          tokens: pick([['t'], 5]),
        }),
        () => ({
          status: pick(['STOP', 'STABLE', 'BLOCKED', 1]),
          tokenExpiryPeriod: pick([60, 1, 'x', 86_400]),
          needExpireTokens: pick([true, 'yes']),
        }),
        () => ({
          projectName: pick(['', 'P', 'x'.repeat(41), null]),
          appkeyAlias: pick(['a', '', 9]),
          locale: 'en',
          returnUrl: pick(['https://toast.com', 'ftp://x', '']),
          password: pick(['', 'Aa1!aaaaaaaa', 5]),
        }),
      ])();
    const routes = h.emulator.app.routes.filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL');
    expect(routes.length).toBe(60);
    const failures: string[] = [];
    for (let round = 0; round < 12; round++) {
      for (const route of routes) {
        const path = route.path.replace(/:(\w+)/g, (_m, name: string) =>
          encodeURIComponent(pick(values[name] ?? ['x'])),
        );
        const query = pick([
          '',
          '?page=0',
          '?limit=abc',
          '?page=2&limit=1',
          '?categoryTypeCodes=ROLE,BAD',
          '?productUiType=ORG',
          '?status=ACTIVE&token=abc',
          '?statuses=member',
        ]);
        const body = route.method === 'GET' ? 'none' : pick(['json', 'raw', 'none'] as const);
        const res = await h.call(
          route.method,
          path + query,
          body === 'json'
            ? { body: junk() }
            : body === 'raw'
              ? {
                  rawBody: pick(['{', 'null', '"s"', '[1,']),
                  headers: { 'content-type': 'application/json' },
                }
              : {},
        );
        if (res.status >= 500 || res.code === undefined || !DOCUMENTED.has(res.code))
          failures.push(`${route.method} ${path}${query}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await h.code('GET', '/v1/authentications/user-access-keys')).toBe(0);
    h.close();
  });
});

describe('simulated downstream failures', () => {
  it('answers the configured code (1201, 13001, 62014, 72005, 500) for one route only', async () => {
    const h = await harness();
    const { live } = await h.projects();
    const cases = [
      ['GET /v1/billing/contracts/basic/products', 'GET', '/v1/billing/contracts/basic/products', 72005, 400],
      [
        'DELETE /v1/projects/:projectId/project-role-groups',
        'DELETE',
        `/v1/projects/${live}/project-role-groups`,
        62014,
        400,
      ],
      [
        'POST /v1/projects/:projectId/products/:productId/enable',
        'POST',
        `/v1/projects/${live}/products/Gp4uIn5t/enable`,
        13001,
        400,
      ],
      ['GET /v1/organizations/:orgId/domains', 'GET', `/v1/organizations/${h.orgId}/domains`, 1201, 400],
      ['GET /v1/authentications/user-access-keys', 'GET', '/v1/authentications/user-access-keys', 500, 500],
    ] as const;
    for (const [route, method, path, code, status] of cases) {
      h.runtime.faults.set(route, code);
      const res = await h.call(method, path, method === 'DELETE' ? { body: { roleGroupIds: ['x'] } } : {});
      expect(res).toMatchObject({ code, status });
      h.runtime.faults.delete(route);
      expect(await h.code('GET', `/v1/organizations/${h.orgId}/governances`)).toBe(0);
    }
    h.close();
  });
});
