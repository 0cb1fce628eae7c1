import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLeaks, startProxyTestServer, type ProxyTestServer } from '../proxy/testing/test-server';

let server: ProxyTestServer;
const SECRET = `gs2-secret-${Math.random().toString(36).slice(2)}`;
const ROTATED = `gs2-rotated-${Math.random().toString(36).slice(2)}`;
const valid = {
  vendor: 'gs2',
  name: 'GS2 prod',
  baseUrl: 'https://identifier.ap-northeast-1.gen2.gs2io.com/',
  settings: { region: 'ap-northeast-1', clientId: 'client-1', clientSecret: SECRET },
};

beforeAll(async () => {
  server = await startProxyTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('connections API', () => {
  let id = '';

  it('admins create; the answer shows secrets only as "set" and a normalised base URL', async () => {
    const res = await server.api('POST', '/api/connections', 'admin', valid);
    expect(res.status, res.body).toBe(201);
    id = (res.json as { id: string }).id;
    expect(res.json).toMatchObject({
      vendor: 'gs2',
      baseUrl: 'https://identifier.ap-northeast-1.gen2.gs2io.com',
      settings: { region: 'ap-northeast-1', clientId: 'client-1', clientSecret: 'set' },
      demo: false,
    });
  });

  it('everyone signed in lists and reads; only admins write', async () => {
    for (const role of ['viewer', 'operator', 'admin'] as const) {
      const list = await server.api('GET', '/api/connections', role);
      expect(list.status).toBe(200);
      expect((list.json as { items: unknown[] }).items).toHaveLength(1);
      expect((await server.api('GET', `/api/connections/${id}`, role)).status).toBe(200);
    }
    for (const role of ['viewer', 'operator'] as const) {
      expect((await server.api('POST', '/api/connections', role, { ...valid, name: 'x' })).status).toBe(403);
      expect((await server.api('PATCH', `/api/connections/${id}`, role, { name: 'y' })).status).toBe(403);
      expect((await server.api('DELETE', `/api/connections/${id}`, role)).status).toBe(403);
    }
  });

  it('validates with the vendor schema and names each field', async () => {
    const res = await server.api('POST', '/api/connections', 'admin', {
      vendor: 'scp',
      name: 'SCP',
      baseUrl: 'ftp://user:pw@host/x?y',
      settings: { environment: 'S!', accessKey: '', apiVersion: '9.9', bogus: 'x' },
    });
    expect(res.status).toBe(400);
    const fields = (res.json as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(['baseUrl']);
    const res2 = await server.api('POST', '/api/connections', 'admin', {
      vendor: 'scp',
      name: 'SCP',
      baseUrl: 'https://iam.s.samsungsdscloud.com',
      settings: { environment: 'S!', accessKey: '', apiVersion: '9.9', bogus: 'x' },
    });
    const fields2 = (res2.json as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields2).toEqual(
      [
        'settings.accessKey',
        'settings.apiVersion',
        'settings.bogus',
        'settings.environment',
        'settings.secretKey',
      ].sort(),
    );
    expect((await server.api('POST', '/api/connections', 'admin', valid)).status).toBe(409);
  });

  it('keeps a secret left out of an edit and rotates it when replaced', async () => {
    const row = () =>
      server.store.db
        .selectFrom('connections')
        .select('secrets')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const before = (await row()).secrets;
    const kept = await server.api('PATCH', `/api/connections/${id}`, 'admin', {
      name: 'GS2 production',
      settings: { clientSecret: '' },
    });
    expect(kept.status).toBe(200);
    expect((await server.feature.repo.resolve(id))?.secrets.clientSecret).toBe(SECRET);
    const afterKeep = (await row()).secrets;
    expect(afterKeep).not.toBe(before);
    const rotated = await server.api('PATCH', `/api/connections/${id}`, 'admin', {
      settings: { clientSecret: ROTATED },
    });
    expect(rotated.json).toMatchObject({
      name: 'GS2 production',
      settings: { clientSecret: 'set' },
      revision: 3,
    });
    expect((await server.feature.repo.resolve(id))?.secrets.clientSecret).toBe(ROTATED);
    const audit = await server.store.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'like', 'connection.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'connection.create',
      'connection.update',
      'connection.update',
    ]);
    expect(audit[2]?.detail).toContain('clientSecret');
  });

  it('admins delete; the connection is gone', async () => {
    expect((await server.api('DELETE', `/api/connections/${id}`, 'admin')).status).toBe(204);
    expect((await server.api('GET', `/api/connections/${id}`, 'viewer')).status).toBe(404);
    expect((await server.api('DELETE', `/api/connections/${id}`, 'admin')).status).toBe(404);
  });

  it('never shows a secret in a response, log line or audit row', async () => {
    expect(await findLeaks(server, [SECRET, ROTATED])).toEqual([]);
  });
});
