import { describe, expect, it } from 'vitest';
import type { VendorId } from '../../vendors/ids';
import { findLeaks } from './testing/test-server';
import { startFakeVendor } from './testing/fake-vendor';
import { allSecrets, creds, reads, useFiveVendors } from './testing/vendor-fixture';

const t = useFiveVendors();
const proxy = t.proxy;
const MIN_RESPONSES = 15;

describe('each vendor authenticates through the proxy', () => {
  for (const vendor of Object.keys(reads) as VendorId[]) {
    it(`${vendor}: signs in the vendor's way and forwards the read`, async () => {
      const before = t.fakes[vendor].seen.length;
      const res = await t.server.raw('GET', proxy(vendor, reads[vendor]), {
        role: 'viewer',
        headers: {
          authorization: 'Bearer browser-token',
          cookie: 'tessera_session=abc',
          'x-csrf-token': 'csrf-value',
        },
      });
      expect(res.status, res.body).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ ok: true, url: reads[vendor] });
      expect(res.headers['set-cookie']).toBeUndefined();
      const seen = t.fakes[vendor].seen.slice(before);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.headers.cookie).toBeUndefined();
      expect(seen[0]?.headers.authorization ?? '').not.toContain('browser-token');
      expect(seen[0]?.headers['x-csrf-token']).toBeUndefined();
    });
  }

  it('forwards the query string byte for byte (SCP signs it)', async () => {
    const query = '?b=%20x&a=1&sort=created_at%3Adesc&empty=&dup=1&dup=2';
    const res = await t.server.raw('GET', proxy('scp', `/v1/policies${query}`), { role: 'viewer' });
    expect(res.status, res.body).toBe(200);
    expect(t.fakes.scp.seen.at(-1)?.url).toBe(`/v1/policies${query}`);
  });

  it('lets the literal route win over a parameter (SCP /roles/bulk is a write)', async () => {
    const res = await t.server.raw('DELETE', proxy('scp', '/v1/roles/bulk'), {
      role: 'viewer',
      headers: { 'content-type': 'application/json' },
      body: '{"ids":["a"]}',
    });
    expect(res.status).toBe(403);
  });
});

describe('tokens', () => {
  it('two concurrent first requests share one login', async () => {
    const fake = await startFakeVendor('ibm-cip', creds['ibm-cip']);
    const id = await t.server.createConnection({
      vendor: 'ibm-cip',
      name: 'cip concurrent',
      baseUrl: fake.url,
      settings: creds['ibm-cip'],
    });
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.server.raw('GET', `/api/proxy/${id}/GmaApi/groups/names`, { role: 'viewer' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(fake.logins).toBe(1);
    await fake.close();
  });

  for (const vendor of ['gs2', 'ibm-cip', 'nhn-framework'] as const) {
    it(`${vendor}: a token that expires mid-session is renewed once and the request retried`, async () => {
      await t.server.raw('GET', proxy(vendor, reads[vendor]), { role: 'viewer' });
      const logins = t.fakes[vendor].logins;
      t.fakes[vendor].expireTokens();
      const res = await t.server.raw(
        'POST',
        proxy(
          vendor,
          vendor === 'gs2'
            ? '/user'
            : vendor === 'ibm-cip'
              ? '/ss/autocomplete'.replace('/ss', '/GmaApi/ss')
              : '/v1/organizations/org1/members/search',
        ),
        {
          role: 'operator',
          headers: { 'content-type': 'application/json' },
          body: '{"q":"x"}',
        },
      );
      expect(res.status, res.body).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ ok: true });
      expect(t.fakes[vendor].logins).toBe(logins + 1);
      expect(t.fakes[vendor].seen.at(-1)?.body.toString()).toBe('{"q":"x"}');
    });
  }

  it('wrong credentials: a clear message and no retry storm', async () => {
    const fake = await startFakeVendor('gs2', creds.gs2);
    const id = await t.server.createConnection({
      vendor: 'gs2',
      name: 'gs2 wrong',
      baseUrl: fake.url,
      settings: { region: 'us-east-1', clientId: creds.gs2.clientId, clientSecret: 'not-the-secret' },
    });
    const first = await t.server.raw('GET', `/api/proxy/${id}/user`, { role: 'viewer' });
    expect(first.status).toBe(502);
    const problem = JSON.parse(first.body) as { type: string; detail: string };
    expect(problem.type).toBe('urn:tessera:problem:upstream-auth-failed');
    expect(problem.detail).toContain('gs2 wrong');
    expect(problem.detail).toContain('refused');
    await Promise.all(
      Array.from({ length: 10 }, () => t.server.raw('GET', `/api/proxy/${id}/user`, { role: 'viewer' })),
    );
    expect(fake.failedLogins).toBe(1);
    await fake.close();
  });

  it('a connection deleted while requests are in flight: they stop with 410, later ones get 404', async () => {
    const fake = await startFakeVendor('nhn-role', creds['nhn-role']);
    const id = await t.server.createConnection({
      vendor: 'nhn-role',
      name: 'role to delete',
      baseUrl: fake.url,
      settings: creds['nhn-role'],
    });
    fake.setFault('hang');
    const pending = Promise.all(
      [1, 2, 3].map(() => t.server.raw('GET', `/api/proxy/${id}${reads['nhn-role']}`, { role: 'viewer' })),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect((await t.server.api('DELETE', `/api/connections/${id}`, 'admin')).status).toBe(204);
    const results = await pending;
    expect(results.map((r) => r.status)).toEqual([410, 410, 410]);
    const later = await t.server.raw('GET', `/api/proxy/${id}${reads['nhn-role']}`, { role: 'viewer' });
    expect(later.status).toBe(404);
    await fake.close();
  });
});

describe('test connection', () => {
  it('reports success for good credentials and the vendor message for bad ones', async () => {
    const ok = await t.server.api('POST', `/api/connections/${t.ids['nhn-framework']}/test`, 'operator');
    expect(ok.json).toMatchObject({ ok: true, stage: 'done' });
    const badId = await t.server.createConnection({
      vendor: 'ibm-cip',
      name: 'cip wrong',
      baseUrl: t.fakes['ibm-cip'].url,
      settings: { clientId: creds['ibm-cip'].clientId, clientSecret: 'wrong-secret' },
    });
    const bad = await t.server.api('POST', `/api/connections/${badId}/test`, 'admin');
    expect(bad.json).toMatchObject({ ok: false, stage: 'login' });
    expect((bad.json as { message: string }).message).toContain('Bad client credentials');
    const role = await t.server.createConnection({
      vendor: 'nhn-role',
      name: 'role wrong',
      baseUrl: t.fakes['nhn-role'].url,
      settings: { appKey: 'roleApp1', secretKey: 'wrong' },
    });
    const enveloped = await t.server.api('POST', `/api/connections/${role}/test`, 'admin');
    expect(enveloped.json).toMatchObject({ ok: false, stage: 'request' });
    expect((enveloped.json as { message: string }).message).toContain('invalid appkey, secretkey');
    expect((await t.server.api('POST', `/api/connections/${role}/test`, 'viewer')).status).toBe(403);
  });
});

describe('secrets', () => {
  it('no connection secret appears in any response, log line, audit row or plain column', async () => {
    expect(t.server.responses.length).toBeGreaterThan(MIN_RESPONSES);
    expect(await findLeaks(t.server, allSecrets)).toEqual([]);
  });
});
