import { describe, expect, it } from 'vitest';
import { findLeaks } from './testing/test-server';
import { allSecrets, creds, reads, useFiveVendors } from './testing/vendor-fixture';

const t = useFiveVendors();
const proxy = t.proxy;
const MIN_RESPONSES = 20;

describe('path checks', () => {
  const tricks = [
    '/user/../securityPolicy',
    '/user/%2e%2e/securityPolicy',
    '/user/%2E%2E%2fsecurityPolicy',
    '/user/.%2e/x',
    '/user/a%2Fb',
    '/user/a%5cb',
    '/user\\..\\x',
    '//evil.example.com/user',
    '/user//x',
    '/user/%0d%0aX-Injected:%201',
    '/user/a%00',
    '/user?x=%0d%0aX-Injected:1',
    '/user/%zz',
    '/user/caf%C3',
  ];
  for (const trick of tricks) {
    it(`refuses ${JSON.stringify(trick)} before any upstream call`, async () => {
      const before = t.fakes.gs2.seen.length;
      const res = await t.server.raw('GET', `/api/proxy/${t.ids.gs2}${trick}`, { role: 'admin' });
      // An encoded slash is no trick for a route that does not take one: it simply matches nothing.
      expect(res.status).toBe(trick.includes('%2F') && !trick.includes('%2E') ? 404 : 400);
      expect(t.fakes.gs2.seen.length).toBe(before);
    });
  }

  it('refuses an absolute-form request target', async () => {
    const res = await t.server.raw('GET', `http://evil.example.com/api/proxy/${t.ids.gs2}/user`, {
      role: 'admin',
    });
    expect([400, 404]).toContain(res.status);
  });

  it('answers 404 for a path outside the allowlist and for the login route itself', async () => {
    for (const path of ['/admin', '/projectToken/login', '/user/a/b/c/d/e']) {
      const res = await t.server.raw('POST', proxy('gs2', path), {
        role: 'admin',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toMatchObject({ type: 'urn:tessera:problem:route-not-allowed' });
    }
  });

  it('keeps NHN ROLE on the connection own AppKey', async () => {
    const res = await t.server.raw('GET', proxy('nhn-role', '/role/v3.0/appkeys/otherApp/config'), {
      role: 'admin',
    });
    expect(res.status).toBe(403);
  });

  it('does not let a browser header replace the vendor credentials', async () => {
    const res = await t.server.raw('GET', proxy('nhn-role', reads['nhn-role']), {
      role: 'admin',
      headers: {
        'x-secret-key': 'attacker',
        'x-forwarded-for': '1.2.3.4',
        connection: 'x-drop-me',
        'x-drop-me': '1',
      },
    });
    expect(res.status).toBe(200);
    const seen = t.fakes['nhn-role'].seen.at(-1);
    expect(seen?.headers['x-secret-key']).toBe(creds['nhn-role'].secretKey);
    expect(seen?.headers['x-forwarded-for']).toBeUndefined();
    expect(seen?.headers['x-drop-me']).toBeUndefined();
  });

  it('unknown connection: 404 problem', async () => {
    const res = await t.server.raw('GET', '/api/proxy/00000000-0000-0000-0000-000000000000/user', {
      role: 'admin',
    });
    expect(res.status).toBe(404);
  });

  it('needs a signed-in operator', async () => {
    const res = await t.server.raw('GET', proxy('gs2', '/user'));
    expect(res.status).toBe(401);
  });
});

describe('roles and audit', () => {
  it('viewer reads but cannot write or read secrets; operator can; writes are audited with redacted bodies', async () => {
    const body = JSON.stringify({ name: 'alice', description: 'd', password: 'hunter2-password' });
    const denied = await t.server.raw('POST', proxy('gs2', '/user'), {
      role: 'viewer',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(denied.status).toBe(403);
    const secretRead = await t.server.raw('GET', proxy('scp', '/v1/service-accounts/sa-1'), {
      role: 'viewer',
    });
    expect(secretRead.status).toBe(403);
    const ok = await t.server.raw('POST', proxy('gs2', '/user'), {
      role: 'operator',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(ok.status).toBe(200);
    expect(t.fakes.gs2.seen.at(-1)?.body.toString()).toBe(body);
    const rows = await t.server.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'like', 'proxy.%')
      .execute();
    const write = rows.find((r) => r.result === 'success' && r.target === 'POST /user');
    expect(write).toMatchObject({ username: 'operator-user', connection_id: t.ids.gs2, status: 200 });
    expect(write?.detail).toContain('alice');
    expect(write?.detail).not.toContain('hunter2-password');
    expect(rows.some((r) => r.result === 'denied' && r.username === 'viewer-user')).toBe(true);
    const secret = await t.server.raw('GET', proxy('scp', '/v1/service-accounts/sa-1'), { role: 'operator' });
    expect(secret.status).toBe(200);
    const after = await t.server.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'proxy.secret')
      .execute();
    expect(after.length).toBeGreaterThan(0);
  });

  it('keeps a token sent in the path out of the audit and the logs', async () => {
    const token = 'vtok-path-secret-4711';
    const res = await t.server.raw('DELETE', proxy('ibm-cip', `/GmaApi/verificationToken/token/${token}`), {
      role: 'operator',
    });
    expect(res.status).toBeLessThan(500);
    expect(t.fakes['ibm-cip'].seen.at(-1)?.url).toContain(token);
    const rows = await t.server.store.db
      .selectFrom('audit_log')
      .select('target')
      .where('target', 'like', 'DELETE /GmaApi/verificationToken/token/%')
      .execute();
    expect(rows.map((r) => r.target)).toEqual(['DELETE /GmaApi/verificationToken/token/[redacted]']);
    // The browser sent the token, so an answer may carry it back; audit rows and log lines may not.
    const leaks = await findLeaks(t.server, [token]);
    expect(leaks.filter((where) => !where.startsWith('response'))).toEqual([]);
  });

  it('does not audit plain reads', async () => {
    await t.server.raw('GET', proxy('ibm-cip', '/GmaApi/kba/questions'), { role: 'viewer' });
    const rows = await t.server.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target', '=', 'GET /GmaApi/kba/questions')
      .execute();
    expect(rows).toHaveLength(0);
  });
});

describe('secrets', () => {
  it('no connection secret appears in any response, log line, audit row or plain column', async () => {
    expect(t.server.responses.length).toBeGreaterThan(MIN_RESPONSES);
    expect(await findLeaks(t.server, allSecrets)).toEqual([]);
  });
});
