import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness';
import { postSignIn, sessionFetch } from '../testing/sign-in-flow';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ sessionIdleMs: 1_500 });
});
afterAll(async () => {
  await server.close();
});

describe('session guard', () => {
  it('leaves health public and answers every other /api route with 401 without a session', async () => {
    const anon = server.anonymous();
    expect((await anon.fetch('/api/health')).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/api/session'],
      ['GET', '/api/operators'],
      ['GET', '/api/no-such-route'],
      ['POST', '/api/proxy/some-connection/v1/users'],
    ] as const) {
      const res = await anon.fetch(path, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('rejects a forged session cookie', async () => {
    const res = await fetch(`${server.url}/api/session`, {
      headers: { cookie: `tessera_session=${'A'.repeat(43)}` },
    });
    expect(res.status).toBe(401);
  });

  it('gives the harness client a working session', async () => {
    const viewer = await server.signIn('viewer');
    const res = await viewer.fetch('/api/session');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      operator: { username: viewer.operator.username, role: 'viewer' },
      csrfToken: viewer.csrfToken,
      mustChangePassword: false,
    });
  });

  it('keeps no checked session past a write to the store: a revoked session is refused at once', async () => {
    const viewer = await server.signIn('viewer');
    expect((await viewer.fetch('/api/session')).status).toBe(200);
    expect((await viewer.fetch('/api/session')).status).toBe(200);
    await server.store.db
      .deleteFrom('operator_sessions')
      .where('operator_id', '=', viewer.operator.id)
      .execute();
    expect((await viewer.fetch('/api/session')).status).toBe(401);
  });

  it('sees a role change at once', async () => {
    const viewer = await server.signIn('viewer');
    expect((await viewer.fetch('/api/operators')).status).toBe(403);
    await server.store.db
      .updateTable('operators')
      .set({ role: 'admin' })
      .where('id', '=', viewer.operator.id)
      .execute();
    expect((await viewer.fetch('/api/operators')).status).toBe(200);
    await server.store.db
      .updateTable('operators')
      .set({ role: 'viewer' })
      .where('id', '=', viewer.operator.id)
      .execute();
  });

  it('ends a session after the idle timeout', async () => {
    const admin = await server.signIn('admin');
    expect((await admin.fetch('/api/session')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_700));
    const res = await admin.fetch('/api/session');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ type: 'urn:tessera:problem:session-expired' });
    expect(
      await server.store.db
        .selectFrom('operator_sessions')
        .selectAll()
        .where('operator_id', '=', admin.operator.id)
        .execute(),
    ).toEqual([]);
  });

  it('ends a session at its absolute lifetime even when active', async () => {
    const admin = await server.signIn('admin');
    await server.store.db
      .updateTable('operator_sessions')
      .set({ expires_at: new Date(Date.now() - 1).toISOString() })
      .where('operator_id', '=', admin.operator.id)
      .execute();
    expect((await admin.fetch('/api/session')).status).toBe(401);
  });
});

describe('CSRF and origin', () => {
  it('refuses a write without the CSRF token, with a wrong one, or with another session’s token', async () => {
    const a = await server.signIn('admin');
    const b = await server.signIn('admin');
    for (const token of ['', 'wrong', b.csrfToken]) {
      const headers: Record<string, string> = token ? { 'x-csrf-token': token } : {};
      const res = await fetch(`${server.url}/api/session`, {
        method: 'DELETE',
        headers: { cookie: a.cookie, origin: server.url, ...headers },
      });
      expect(res.status, `token ${token || '(none)'}`).toBe(403);
      expect(await res.json()).toMatchObject({ type: 'urn:tessera:problem:csrf' });
    }
    // Nothing changed: the session that was not signed out still works.
    expect((await a.fetch('/api/session')).status).toBe(200);
  });

  it('refuses a cross-origin write even with a valid cookie and token', async () => {
    const a = await server.signIn('admin');
    const res = await a.fetch('/api/session', {
      method: 'DELETE',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ type: 'urn:tessera:problem:cross-origin' });
    const spoofedReferer = await fetch(`${server.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrfToken, referer: 'https://evil.example/' },
    });
    expect(spoofedReferer.status).toBe(403);
    expect((await a.fetch('/api/session')).status).toBe(200);
  });

  it('applies origin and CSRF checks to the proxy path too', async () => {
    const a = await server.signIn('operator');
    const noCsrf = await fetch(`${server.url}/api/proxy/x/v1/users`, {
      method: 'POST',
      headers: { cookie: a.cookie, origin: server.url, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noCsrf.status).toBe(403);
    const crossOrigin = await a.fetch('/api/proxy/x/v1/users', {
      method: 'POST',
      headers: { origin: 'http://evil.example' },
      body: '{}',
    });
    expect(crossOrigin.status).toBe(403);
  });

  it('lets reads through without a CSRF token', async () => {
    const a = await server.signIn('viewer');
    const res = await fetch(`${server.url}/api/session`, { headers: { cookie: a.cookie } });
    expect(res.status).toBe(200);
  });

  it('sets Secure on the cookie when TESSERA_COOKIE_SECURE is on', async () => {
    const secure = await startTestServer({ cookieSecure: true });
    try {
      const admin = await secure.signIn('admin', { password: 'a long enough password' });
      const r = await postSignIn(secure.url, admin.operator.username, 'a long enough password');
      expect(r.res.headers.getSetCookie().join()).toMatch(/;\s*Secure/);
      const out = await sessionFetch(secure.url, r, '/api/session', { method: 'DELETE' });
      expect(out.status).toBe(204);
    } finally {
      await secure.close();
    }
  });
});
