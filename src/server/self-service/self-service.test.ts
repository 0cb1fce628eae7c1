import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchEmulator, type RunningEmulator } from '../../emulator-kit/launch';
import { secretFromOtpauthUri } from '../../lib/otp/otpauth-uri';
import { totpCode } from '../../lib/otp/totp';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../vendors/gs2/emulator/seed-data';
import { openConnectionRepo } from '../connections/feature';
import { createSecretBox, loadSecretKey } from '../connections/secret-box';
import { startTestServer, type TestClient, type TestServer } from '../testing/harness';
import { SELF_SERVICE_COOKIE } from './cookie';
import { createSelfServiceStore } from './store';

/**
 * Self-service over real HTTP against the GS2 emulator. GS2 traffic passes through a recorder, so the
 * tests know every project token GS2 issued and can check that none ever reaches the browser.
 */
let server: TestServer;
let emulator: RunningEmulator;
let recorder: http.Server;
let operator: TestClient;
let viewer: TestClient;
let connectionId: string;
const issuedTokens: string[] = [];
const seenByGs2: string[] = [];
const answers: string[] = [];

function startRecorder(target: string): Promise<string> {
  recorder = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seenByGs2.push(`${req.method ?? ''} ${req.url ?? ''}`);
      void fetch(target + (req.url ?? '/'), {
        method: req.method ?? 'GET',
        headers: Object.fromEntries(
          Object.entries(req.headers).filter(
            (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'host',
          ),
        ),
        body: chunks.length ? Buffer.concat(chunks) : null,
      }).then(async (r) => {
        const text = await r.text();
        const token = /"token":"([^"]+)"/.exec(text)?.[1];
        if (token) issuedTokens.push(token);
        res.writeHead(r.status, { 'content-type': 'application/json' }).end(text);
      });
    });
  });
  return new Promise((resolve) =>
    recorder.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${String((recorder.address() as AddressInfo).port)}`),
    ),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  emulator = await launchEmulator('gs2', { seed: true });
  const repo = openConnectionRepo(server.config, server.store);
  const conn = await repo.create({
    vendor: 'gs2',
    name: 'GS2 self-service test',
    baseUrl: await startRecorder(emulator.url),
    settings: emulator.demo.settings,
    secrets: emulator.demo.secrets,
  });
  connectionId = conn.id;
  operator = await server.signIn('operator');
  viewer = await server.signIn('viewer');
});

afterAll(async () => {
  await new Promise((r) => recorder.close(r));
  await emulator.close();
  await server.close();
});

/** A browser of its own: keeps the self-service cookie and records every answer it reads. */
function browser() {
  let cookie = '';
  let csrf = '';
  const send = async (path: string, init: { method?: string; json?: unknown; csrf?: boolean } = {}) => {
    const headers: Record<string, string> = { origin: server.url };
    if (cookie) headers.cookie = cookie;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    if (init.csrf !== false && csrf && init.method && init.method !== 'GET') headers['x-csrf-token'] = csrf;
    const res = await fetch(server.url + path, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? null : JSON.stringify(init.json),
    });
    const text = await res.text();
    answers.push(text, JSON.stringify([...res.headers]));
    const set = res.headers.get('set-cookie');
    if (set?.startsWith(`${SELF_SERVICE_COOKIE}=`)) cookie = set.split(';')[0] ?? '';
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (typeof body.csrfToken === 'string') csrf = body.csrfToken;
    return { status: res.status, body, setCookie: set };
  };
  return {
    send,
    get cookie() {
      return cookie;
    },
  };
}

async function linkFor(userName: string): Promise<string> {
  const res = await operator.fetch('/api/self-service/links', {
    method: 'POST',
    body: JSON.stringify({ connectionId, userName }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { path: string; expiresAt: string };
  expect(body.path).toMatch(/^\/self-service\/gs2\/[A-Za-z0-9_-]{43}$/);
  return body.path.split('/').pop() ?? '';
}

describe('links', () => {
  it('are created by operators only, for GS2 connections, and audited', async () => {
    const refused = await viewer.fetch('/api/self-service/links', {
      method: 'POST',
      body: JSON.stringify({ connectionId, userName: 'kenji.tanaka' }),
    });
    expect(refused.status).toBe(403);
    const anonymous = await server.anonymous().fetch('/api/self-service/links', {
      method: 'POST',
      body: JSON.stringify({ connectionId, userName: 'kenji.tanaka' }),
    });
    expect(anonymous.status).toBe(401);
    const unknown = await operator.fetch('/api/self-service/links', {
      method: 'POST',
      body: JSON.stringify({ connectionId: 'nope', userName: 'kenji.tanaka' }),
    });
    expect(unknown.status).toBe(404);
    await linkFor('kenji.tanaka');
    const audit = await server.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'self-service.link.create')
      .execute();
    expect(audit.map((a) => [a.username, a.target])).toContainEqual([
      operator.operator.username,
      'gs2:user:kenji.tanaka',
    ]);
  });

  it('stores only a hash of the token', async () => {
    const token = await linkFor('sakura.ito');
    const rows = await server.store.db.selectFrom('self_service_links').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses an unknown and an expired link', async () => {
    const b = browser();
    expect((await b.send('/api/self-service/gs2/links/' + 'x'.repeat(43))).status).toBe(404);
    expect((await b.send('/api/self-service/gs2/links/short')).status).toBe(404);
    const past = createSelfServiceStore(
      server.store.db,
      createSecretBox(loadSecretKey(server.config)),
      () => Date.now() - 2 * 24 * 60 * 60_000,
    );
    const { token } = await past.createLink({
      connectionId,
      purpose: 'gs2-mfa',
      subject: 'kenji.tanaka',
      createdBy: operator.operator.id,
    });
    expect((await b.send(`/api/self-service/gs2/links/${token}`)).status).toBe(410);
    const signIn = await b.send(`/api/self-service/gs2/links/${token}/session`, {
      method: 'POST',
      json: { userName: 'kenji.tanaka', password: DEMO_PASSWORD },
    });
    expect(signIn.status).toBe(410);
  });
});

describe('sign-in', () => {
  it('refuses a wrong password, another user name, and throttles repeated failures', async () => {
    const token = await linkFor('haruto.kobayashi');
    const b = browser();
    const info = await b.send(`/api/self-service/gs2/links/${token}`);
    expect(info.body).toMatchObject({ userName: 'haruto.kobayashi', session: null });
    const wrong = await b.send(`/api/self-service/gs2/links/${token}/session`, {
      method: 'POST',
      json: { userName: 'haruto.kobayashi', password: 'not-the-password' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.setCookie).toBeNull();
    // Right password, but not the link's user: refused before GS2 is asked.
    const before = seenByGs2.length;
    const other = await b.send(`/api/self-service/gs2/links/${token}/session`, {
      method: 'POST',
      json: { userName: 'kenji.tanaka', password: DEMO_PASSWORD },
    });
    expect(other.status).toBe(401);
    expect(seenByGs2.length).toBe(before);
    let last = 0;
    for (let i = 0; i < 4 && last !== 429; i += 1) {
      last = (
        await b.send(`/api/self-service/gs2/links/${token}/session`, {
          method: 'POST',
          json: { userName: 'haruto.kobayashi', password: 'still-wrong' },
        })
      ).status;
    }
    expect(last).toBe(429);
    const failures = await server.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'self-service.gs2.sign-in')
      .where('username', '=', 'gs2:haruto.kobayashi')
      .execute();
    expect(failures.map((f) => f.result)).toEqual(expect.arrayContaining(['failure', 'denied']));
    expect(failures.every((f) => f.operator_id === null)).toBe(true);
  });

  it('asks for the code when MFA is on, and accepts the right one', async () => {
    const token = await linkFor('mina.sato');
    const b = browser();
    const url = `/api/self-service/gs2/links/${token}/session`;
    const first = await b.send(url, {
      method: 'POST',
      json: { userName: 'mina.sato', password: DEMO_PASSWORD },
    });
    expect(first.status).toBe(401);
    expect(first.body.type).toBe('urn:tessera:problem:otp-required');
    const second = await b.send(url, {
      method: 'POST',
      json: { userName: 'mina.sato', password: DEMO_PASSWORD, otp: totpCode(DEMO_TOTP_SECRET) },
    });
    expect(second.status).toBe(200);
    expect(second.setCookie).toMatch(/HttpOnly/i);
    expect(second.setCookie).toMatch(/SameSite=Strict/i);
    expect(second.setCookie).toMatch(/Path=\/api\/self-service/);
  });
});

describe('a signed-in GS2 user', () => {
  it('enrols, confirms and removes their own MFA, each write audited with them as the actor', async () => {
    const token = await linkFor('kenji.tanaka');
    const b = browser();
    await b.send(`/api/self-service/gs2/links/${token}/session`, {
      method: 'POST',
      json: { userName: 'kenji.tanaka', password: DEMO_PASSWORD },
    });
    expect((await b.send(`/api/self-service/gs2/links/${token}`)).body.session).not.toBeNull();
    const state = await b.send('/api/self-service/gs2/mfa');
    expect(state.body.password).toMatchObject({
      userName: 'kenji.tanaka',
      enableTwoFactorAuthentication: 'Disable',
    });

    expect((await b.send('/api/self-service/gs2/mfa', { method: 'POST', csrf: false })).status).toBe(403);
    const started = await b.send('/api/self-service/gs2/mfa', { method: 'POST' });
    expect(started.status).toBe(200);
    const secret = secretFromOtpauthUri(String(started.body.challengeToken));
    if (!secret) throw new Error('no secret in the challenge');
    const wrong = await b.send('/api/self-service/gs2/mfa/challenge', {
      method: 'POST',
      json: { passcode: totpCode(secret) === '000000' ? '111111' : '000000' },
    });
    expect(wrong.status).toBe(400);
    const confirmed = await b.send('/api/self-service/gs2/mfa/challenge', {
      method: 'POST',
      json: { passcode: totpCode(secret) },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.password).toMatchObject({ twoFactorAuthenticationSetting: { status: 'Enable' } });
    const removed = await b.send('/api/self-service/gs2/mfa', { method: 'DELETE' });
    expect(removed.body.password).toMatchObject({ enableTwoFactorAuthentication: 'Disable' });

    const audit = await server.store.db
      .selectFrom('audit_log')
      .select(['action', 'result', 'username', 'operator_id'])
      .where('username', '=', 'gs2:kenji.tanaka')
      .where('action', 'like', 'self-service.gs2.mfa.%')
      .execute();
    expect(audit.map((a) => `${a.action}:${a.result}`)).toEqual([
      'self-service.gs2.mfa.enable:success',
      'self-service.gs2.mfa.confirm:failure',
      'self-service.gs2.mfa.confirm:success',
      'self-service.gs2.mfa.disable:success',
    ]);
    expect(audit.every((a) => a.operator_id === null)).toBe(true);
  });

  it('can do nothing else: no proxy, no operator API, no other user', async () => {
    const token = await linkFor('noah.shimizu');
    const b = browser();
    await b.send(`/api/self-service/gs2/links/${token}/session`, {
      method: 'POST',
      json: { userName: 'noah.shimizu', password: DEMO_PASSWORD },
    });
    expect(b.cookie).not.toBe('');
    expect((await b.send(`/api/proxy/${connectionId}/user`)).status).toBe(401);
    expect((await b.send('/api/connections')).status).toBe(401);
    expect((await b.send('/api/session')).status).toBe(401);
    const link = await b.send('/api/self-service/links', {
      method: 'POST',
      json: { connectionId, userName: 'x' },
    });
    expect(link.status).toBe(401);
    // Unknown self-service paths fall through to the operator guard.
    expect((await b.send('/api/self-service/gs2/users')).status).toBe(401);
    expect((await b.send('/api/self-service/gs2/mfa/../../proxy')).status).not.toBe(200);
    // Every GS2 call this session made addressed its own user, besides the sign-in.
    const calls = seenByGs2.filter((c) => c.includes('/user/noah.shimizu') || c.includes('login/user'));
    expect(calls.length).toBeGreaterThan(0);
    expect(
      seenByGs2.filter((c) => !c.includes('/projectToken/') && !/\/user\/[^/]+\/(mfa|password)/.test(c)),
    ).toEqual([]);
  });

  it('is refused by GS2 when its own policies do not allow MFA changes', async () => {
    const token = await linkFor('emma.inoue');
    const b = browser();
    await b.send(`/api/self-service/gs2/links/${token}/session`, {
      method: 'POST',
      json: { userName: 'emma.inoue', password: DEMO_PASSWORD },
    });
    const refused = await b.send('/api/self-service/gs2/mfa', { method: 'POST' });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('urn:tessera:problem:gs2-denied');
  });

  it('signs out, after which the cookie opens nothing', async () => {
    const token = await linkFor('sota.kato');
    const b = browser();
    await b.send(`/api/self-service/gs2/links/${token}/session`, {
      method: 'POST',
      json: { userName: 'sota.kato', password: DEMO_PASSWORD },
    });
    const kept = b.cookie;
    expect((await b.send('/api/self-service/gs2/session', { method: 'DELETE' })).status).toBe(204);
    const replay = await fetch(`${server.url}/api/self-service/gs2/mfa`, { headers: { cookie: kept } });
    expect(replay.status).toBe(401);
  });
});

describe('secrets', () => {
  it('no GS2 project token appears in any answer, and the store keeps none in the clear', async () => {
    expect(issuedTokens.length).toBeGreaterThan(3);
    const all = answers.join('\n');
    for (const t of issuedTokens) expect(all).not.toContain(t);
    const sessions = JSON.stringify(
      await server.store.db.selectFrom('self_service_sessions').selectAll().execute(),
    );
    for (const t of issuedTokens) expect(sessions).not.toContain(t);
  });
});
