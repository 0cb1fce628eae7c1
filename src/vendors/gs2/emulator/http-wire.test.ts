import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateIdentifierResultSchema, GS2_ERROR_STATUSES, ServiceVersionResultSchema } from '../wire';
import { connect, setEndpointHost } from './official-sdk';
import { adminToken, call, start, type Running } from './test-support';

let r: Running;
let token: string;
const get = (path: string, headers?: Record<string, string>) =>
  call(r.url, 'GET', path, { token, ...(headers ? { headers } : {}) });

beforeAll(async () => {
  r = await start();
  token = await adminToken(r);
});
afterAll(() => r.close());

describe('request encoding as GS2 SDKs send it', () => {
  it('inflates gzip bodies and refuses broken ones', async () => {
    const created = await call(r.url, 'POST', '/user', {
      token,
      body: { name: 'zipped', description: 'gz' },
      gzip: true,
    });
    expect(created.status).toBe(200);
    expect((await get('/user/zipped')).body).toMatchObject({ item: { name: 'zipped', description: 'gz' } });
    const broken = await call(r.url, 'POST', '/user', {
      token,
      rawBody: 'not gzip',
      headers: { 'content-encoding': 'gzip' },
    });
    expect(broken.status).toBe(400);
    expect(broken.errors?.[0]?.message).toBe('identifier.request.body.error.invalid');
  });

  it('treats the literal query value "null" and explicit null fields as absent', async () => {
    const page = await get('/user?contextStack=null&pageToken=null&limit=null');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ nextPageToken: null });
    const created = await call(r.url, 'POST', '/user', {
      token,
      body: { name: 'nulls', description: null, contextStack: null },
    });
    expect(created.status).toBe(200);
    expect(Object.keys((created.body as { item: object }).item)).not.toContain('description');
  });

  it('decodes percent-encoded path segments and accepts raw colons', async () => {
    await call(r.url, 'POST', '/user', { token, body: { name: 'a-b.c_d' } });
    expect((await get('/user/a%2Db.c_d')).status).toBe(200);
    const grn = 'grn:gs2::system:identifier:securityPolicy:ApplicationAccess';
    await call(r.url, 'POST', '/user/a-b.c_d/securityPolicy', { token, body: { securityPolicyId: grn } });
    expect(
      (await call(r.url, 'DELETE', `/user/a-b.c_d/securityPolicy/${encodeURIComponent(grn)}`, { token }))
        .body,
    ).toEqual({ items: [] });
  });

  it('round-trips a user named "null", the SDKs\' placeholder for a missing path value', async () => {
    expect((await call(r.url, 'POST', '/user', { token, body: { name: 'null' } })).status).toBe(200);
    expect((await get('/user/null')).body).toMatchObject({ item: { name: 'null' } });
  });

  it('refuses "." and ".." as names: URL normalisation would make them unreachable', async () => {
    for (const name of ['.', '..']) {
      const reply = await call(r.url, 'POST', '/user', { token, body: { name } });
      expect(reply.status).toBe(400);
      expect(reply.errors?.[0]?.message).toBe('identifier.user.name.error.invalid');
    }
  });

  it('validates without committing under X-GS2-DRY-RUN: true', async () => {
    const dry = await call(r.url, 'POST', '/user', {
      token,
      body: { name: 'dry' },
      headers: { 'X-GS2-DRY-RUN': 'true' },
    });
    expect(dry.body).toMatchObject({ item: { name: 'dry' } });
    expect((await get('/user/dry')).status).toBe(404);
    await call(r.url, 'POST', '/user', { token, body: { name: 'kept' } });
    expect(
      (await call(r.url, 'DELETE', '/user/kept', { token, headers: { 'X-GS2-DRY-RUN': 'true' } })).status,
    ).toBe(200);
    expect((await get('/user/kept')).status).toBe(200);
    const invalid = await call(r.url, 'POST', '/user', {
      token,
      body: { name: 'kept' },
      headers: { 'X-GS2-DRY-RUN': 'true' },
    });
    expect(invalid.status).toBe(409);
  });

  it('echoes X-GS2-REQUEST-ID in metadata, on success and on error', async () => {
    expect((await get('/user/admin', { 'X-GS2-REQUEST-ID': 'req-1' })).body).toMatchObject({
      metadata: { requestId: 'req-1' },
    });
    const failed = await get('/user/ghost', { 'X-GS2-REQUEST-ID': 'req-2' });
    expect(failed.body).toMatchObject({ metadata: { requestId: 'req-2' } });
    expect(failed.errors?.[0]?.component).toBe('user');
  });
});

describe('authentication', () => {
  it('needs Authorization: Bearer with a live token on every route but login', async () => {
    const cases: [Record<string, string>, string][] = [
      [{}, 'require'],
      [{ authorization: 'Bearer null' }, 'require'],
      [{ authorization: 'Basic abc' }, 'require'],
      [{ authorization: `Bearer ${token}x` }, 'invalid'],
      [{ 'X-GS2-CLIENT-ID': r.emulator.admin.clientId }, 'require'],
    ];
    for (const [headers, kind] of cases) {
      const reply = await call(r.url, 'GET', '/user', { headers });
      expect(reply.status).toBe(401);
      expect(reply.errors?.[0]?.message).toBe(`identifier.projectToken.token.error.${kind}`);
    }
    expect(
      (
        await call(r.url, 'GET', '/user', {
          headers: { authorization: `bearer ${token}`, 'X-GS2-CLIENT-ID': 'anything' },
        })
      ).status,
    ).toBe(200);
  });

  it('ignores the Bearer null that the SDK sends on login', async () => {
    const reply = await call(r.url, 'POST', '/projectToken/login', {
      headers: { authorization: 'Bearer null' },
      body: {
        client_id: r.emulator.admin.clientId,
        client_secret: r.emulator.admin.clientSecret,
        contextStack: null,
      },
    });
    expect(reply.status).toBe(200);
  });

  it('answers unknown routes and methods with a 404 in GS2 shape', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['PATCH', '/user/admin'],
      ['POST', '/user/admin'],
      ['GET', '/user/admin/password'],
    ] as const) {
      const reply = await call(r.url, method, path, { token });
      expect(reply.status).toBe(404);
      expect(reply.errors?.[0]?.message).toBe('identifier.route.error.notFound');
    }
  });
});

describe('guards and service version (absent from the installed SDK release)', () => {
  it('attaches, lists and detaches guard namespace GRNs on a credential', async () => {
    await call(r.url, 'POST', '/user', { token, body: { name: 'guarded' } });
    const created = CreateIdentifierResultSchema.parse(
      (await call(r.url, 'POST', '/user/guarded/identifier', { token, body: {} })).body,
    );
    const base = `/user/guarded/identifier/${created.item.clientId}/guard`;
    const grn = 'grn:gs2:ap-northeast-1:owner:guard:office-only';
    const other = 'grn:gs2:ap-northeast-1:owner:guard:no-vpn';
    expect((await get(base)).body).toEqual({ items: [] });
    expect((await call(r.url, 'POST', base, { token, body: { guardNamespaceId: grn } })).body).toEqual({
      items: [grn],
    });
    expect((await call(r.url, 'POST', base, { token, body: { guardNamespaceId: grn } })).body).toEqual({
      items: [grn],
    });
    expect((await call(r.url, 'POST', base, { token, body: { guardNamespaceId: other } })).body).toEqual({
      items: [grn, other],
    });
    expect((await call(r.url, 'DELETE', `${base}/${grn}`, { token })).body).toEqual({ items: [other] });
    expect((await call(r.url, 'DELETE', `${base}/${encodeURIComponent(grn)}`, { token })).body).toEqual({
      items: [other],
    });
    expect((await get(base)).body).toEqual({ items: [other] });
    expect((await get(`/user/guarded/identifier/${created.item.clientId}`)).body).toMatchObject({
      item: { revision: 3 },
    });

    const bad = await call(r.url, 'POST', base, {
      token,
      body: { guardNamespaceId: 'guard-namespace-0001' },
    });
    expect([bad.status, bad.errors?.[0]?.message]).toEqual([
      400,
      'identifier.attachGuard.guardNamespaceId.error.invalid',
    ]);
    const long = await call(r.url, 'POST', base, {
      token,
      body: { guardNamespaceId: `grn:gs2:r:o:guard:${'x'.repeat(1024)}` },
    });
    expect([long.status, long.errors?.[0]?.message]).toEqual([
      400,
      'identifier.attachGuard.guardNamespaceId.error.tooLong',
    ]);
    expect((await call(r.url, 'POST', base, { token, body: {} })).errors?.[0]?.message).toBe(
      'identifier.attachGuard.guardNamespaceId.error.require',
    );
    expect((await get(`/user/admin/identifier/${created.item.clientId}/guard`)).status).toBe(404);
  });

  it('reports the service version as item', async () => {
    const reply = await get('/system/version');
    expect(ServiceVersionResultSchema.parse(reply.body).item).toMatch(/\S/);
    expect((await call(r.url, 'GET', '/system/version')).status).toBe(401);
  });
});

describe('serving', () => {
  it('serves the same API under /identifier, for endpoint templates like {base}/{service}', async () => {
    setEndpointHost(`${r.url}/{service}`);
    const sdk = await connect(r.emulator.admin.clientId, r.emulator.admin.clientSecret);
    expect(((await sdk.call('getUser', { userName: 'admin' })).item as { name: string }).name).toBe('admin');
    expect((await call(r.url, 'GET', '/identifier/system/version', { token })).status).toBe(200);
  });

  it('only ever answers with statuses the SDKs know', () => {
    const known = new Set([200, ...Object.keys(GS2_ERROR_STATUSES).map(Number)]);
    expect(r.statuses.filter((s) => !known.has(s))).toEqual([]);
    expect(r.statuses).not.toContain(500);
  });
});
