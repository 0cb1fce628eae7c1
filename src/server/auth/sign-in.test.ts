import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness';
import { isolatedRequest, postSignIn, sessionFetch } from '../testing/sign-in-flow';
import { hashPassword } from './password';
import { insertOperator } from '../operators/operator-store';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function makeOperator(username: string, password: string, extra: { mustChange?: boolean } = {}) {
  return insertOperator(server.store.db, {
    username,
    displayName: username,
    role: 'operator',
    passwordHash: await hashPassword(password, server.config.scryptLogN),
    mustChangePassword: extra.mustChange ?? false,
  });
}

describe('sign-in', () => {
  it('signs in with the right password and sets a hardened session cookie', async () => {
    await makeOperator('alice', 'correct horse battery');
    const r = await postSignIn(server.url, 'Alice', 'correct horse battery');
    expect(r.res.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'signed-in',
      session: { operator: { username: 'alice', role: 'operator' } },
    });
    const setCookie = r.res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const me = await sessionFetch(server.url, r, '/api/session');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ operator: { username: 'alice' }, csrfToken: r.csrfToken });
  });

  it('stores only a hash of the session id', async () => {
    const r = await postSignIn(server.url, 'alice', 'correct horse battery');
    const token = r.cookie?.split('=')[1] ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await server.store.db.selectFrom('operator_sessions').select('token_hash').execute();
    expect(rows.some((row) => row.token_hash === token)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('answers a wrong password and an unknown user with the same generic problem', async () => {
    await makeOperator('bob', 'bob password 123');
    const wrong = await postSignIn(server.url, 'bob', 'nope nope nope');
    const unknown = await postSignIn(server.url, 'nobody-here', 'nope nope nope');
    expect(wrong.res.status).toBe(401);
    expect(unknown.res.status).toBe(401);
    const strip = (b: unknown) => ({ ...(b as Record<string, unknown>), requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.cookie).toBeUndefined();
  });

  it('refuses a disabled operator even with the right password', async () => {
    const row = await makeOperator('carol', 'carol password 1');
    await server.store.db.updateTable('operators').set({ disabled: 1 }).where('id', '=', row.id).execute();
    const r = await postSignIn(server.url, 'carol', 'carol password 1');
    expect(r.res.status).toBe(403);
    expect(r.body).toMatchObject({ type: 'urn:tessera:problem:operator-disabled' });
    expect(r.cookie).toBeUndefined();
  });

  it('ends every session of an operator who gets disabled', async () => {
    const row = await makeOperator('dave', 'dave password 1');
    const r = await postSignIn(server.url, 'dave', 'dave password 1');
    expect((await sessionFetch(server.url, r, '/api/session')).status).toBe(200);
    await server.store.db.updateTable('operators').set({ disabled: 1 }).where('id', '=', row.id).execute();
    expect((await sessionFetch(server.url, r, '/api/session')).status).toBe(401);
  });

  it('rejects malformed, wrongly typed, invalid and oversized bodies', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': type, origin: server.url },
        body,
      });
    const malformed = await post('{"username": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ type: 'urn:tessera:problem:malformed-json' });
    expect((await post('username=a', 'application/x-www-form-urlencoded')).status).toBe(415);
    const invalid = await post(JSON.stringify({ username: '', password: 5 }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ type: 'urn:tessera:problem:invalid-body' });
    const huge = await isolatedRequest(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });

  it('refuses a cross-origin or origin-less sign-in', async () => {
    const body = JSON.stringify({ username: 'alice', password: 'correct horse battery' });
    const evil = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body,
    });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ type: 'urn:tessera:problem:cross-origin' });
    const none = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(none.status).toBe(403);
    const referer = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', referer: `${server.url}/sign-in` },
      body,
    });
    expect(referer.status).toBe(200);
  });

  it('signs out: the session is revoked on the server, not only forgotten by the browser', async () => {
    const r = await postSignIn(server.url, 'alice', 'correct horse battery');
    const out = await sessionFetch(server.url, r, '/api/session', { method: 'DELETE' });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/Max-Age=0/);
    expect((await sessionFetch(server.url, r, '/api/session')).status).toBe(401);
  });
});
