import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../../../server/listen';
import { emulatorLoaders } from '../../../emulator-kit/registry';
import { roleTestClient, type RoleTestClient } from './test-client';

describe('NHN ROLE transport: envelope, authentication, routing', () => {
  let t: RoleTestClient;
  beforeAll(async () => {
    t = await roleTestClient();
  });
  afterAll(() => t.close());

  it('answers success with HTTP 200 and header SUCCESS', async () => {
    const res = await t.call('GET', '/config');
    expect(res.header).toEqual({ isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' });
  });

  it('rejects a missing or wrong X-Secret-Key and an unknown appKey with resultCode 401 on HTTP 200', async () => {
    const base = `/role/v3.0/appkeys/${t.appKey}/scopes/id`;
    for (const [path, headers] of [
      [base, {}],
      [base, { 'X-Secret-Key': `${t.secretKey}x` }],
      [`/role/v3.0/appkeys/WRONG${t.appKey}/scopes/id`, { 'X-Secret-Key': t.secretKey }],
    ] as const) {
      const res = await t.raw('GET', path, undefined, headers);
      expect(res.header).toMatchObject({ isSuccessful: false, resultCode: 401 });
      expect(res).not.toHaveProperty('scopeIds');
    }
  });

  it('checks the secret on the authorization checks too', async () => {
    const res = await t.raw('POST', `/role/v3.0/appkeys/${t.appKey}/users/u1/authorizations/roles`, {
      roles: [{ roleId: 'R' }],
    });
    expect(res.header.resultCode).toBe(401);
  });

  it('answers an unknown route or method with resultCode 404', async () => {
    expect(await t.code('GET', '/nothing-here')).toBe(404);
    expect(await t.code('PATCH', '/scopes/ALL')).toBe(404);
    expect((await t.raw('GET', '/elsewhere')).header.resultCode).toBe(404);
  });

  it('answers malformed JSON and wrong field types with 400', async () => {
    expect(await t.code('POST', '/scopes', '{not json')).toBe(400);
    expect(await t.code('POST', '/scopes', { scopeId: 42 })).toBe(400);
    expect(await t.code('POST', '/scopes/search?page=0', {})).toBe(400);
    expect(await t.code('POST', '/scopes/search?itemsPerPage=x', {})).toBe(400);
    expect(await t.code('POST', '/scopes/search?sort=nope,ASC', {})).toBe(400);
  });

  it('can answer with the pre-2024 codes for malformed IDs, and a true 404 for unknown routes', async () => {
    const legacy = await roleTestClient({ engine: { legacyResultCodes: true, unknownRouteHttpStatus: 404 } });
    expect(await legacy.code('POST', '/users', { users: [{ userId: '-bad' }] })).toBe(14004);
    expect(await legacy.code('POST', '/scopes', { scopeId: 'a b' })).toBe(13003);
    expect(await legacy.code('POST', '/roles', { role: { roleId: 'a b', exposureOrder: 0 } })).toBe(11002);
    expect(await legacy.code('POST', '/operations', { operationId: 'a b' })).toBe(12002);
    expect(
      await legacy.code('POST', '/resources', { resourceId: 'a b', path: '/x', uiPath: '/x', priority: 0 }),
    ).toBe(10002);
    expect(await legacy.code('POST', '/resources', { path: 'x', uiPath: '/x', priority: 0 })).toBe(10000);
    expect(await legacy.code('POST', '/scopes', { scopeId: 42 })).toBe(400);
    const res = await legacy.emulator.app.request(`/role/v3.0/appkeys/${legacy.appKey}/nothing`, {
      headers: { 'X-Secret-Key': legacy.secretKey },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ header: { isSuccessful: false, resultCode: 404 } });
    legacy.close();
    expect(await t.code('POST', '/users', { users: [{ userId: '-bad' }] })).toBe(400);
  });

  it('serves real HTTP through the registry and the server listener', async () => {
    const load = emulatorLoaders['nhn-role'];
    if (!load) throw new Error('nhn-role is not registered');
    const emulator = await (await load())({ seed: false });
    const server: Listening = await listen(emulator.app.fetch, '127.0.0.1', 0);
    try {
      const { appKey } = emulator.demo.settings;
      const secret = emulator.demo.secrets.secretKey ?? '';
      const res = await fetch(`${server.url}/role/v3.0/appkeys/${appKey ?? ''}/scopes/ALL`, {
        headers: { 'X-Secret-Key': secret },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ header: { isSuccessful: true }, scope: { scopeId: 'ALL' } });
      const bad = await fetch(`${server.url}/role/v3.0/appkeys/${appKey ?? ''}/scopes/ALL`);
      expect(bad.status).toBe(200);
      expect(await bad.json()).toMatchObject({ header: { isSuccessful: false, resultCode: 401 } });
    } finally {
      await server.close();
      emulator.close();
    }
  });
});
