import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { OperatorRole } from '../app-env';
import { testConfig, type Config } from '../config';
import { createLogger } from '../log';
import { startServer } from '../main';
import { openStore, type Store } from '../store/open';
import { SESSION_COOKIE } from '../auth/cookies';
import { hashPassword } from '../auth/password';
import { createSession } from '../auth/sessions';
import { csrfTokenFor } from '../auth/tokens';
import { insertOperator } from '../operators/operator-store';

/** A client bound to one session: sends its cookie, a same-origin Origin and, for writes, its CSRF token. */
export type TestClient = {
  /** `path` is relative to the server (e.g. `/api/session`); a string body defaults to JSON. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  operator: { id: string; username: string; role: OperatorRole; password: string };
  csrfToken: string;
  /** The raw Cookie header value, for tests that build requests by hand. */
  cookie: string;
};

export type TestServer = {
  url: string;
  store: Store;
  config: Config;
  close(): Promise<void>;
  /** Creates an operator with this role (MFA off, no forced password change) and a session for it. */
  signIn(role: OperatorRole, opts?: { username?: string; password?: string }): Promise<TestClient>;
  /** A client with no session, still same-origin: for sign-in tests and 401 checks. */
  anonymous(): Pick<TestClient, 'fetch'>;
};

function makeFetch(url: string, cookie: string | undefined, csrfToken: string | undefined) {
  return (p: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    const method = (init.method ?? 'GET').toUpperCase();
    if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
    if (!headers.has('origin')) headers.set('origin', url);
    if (csrfToken && method !== 'GET' && method !== 'HEAD' && !headers.has('x-csrf-token'))
      headers.set('x-csrf-token', csrfToken);
    if (typeof init.body === 'string' && !headers.has('content-type'))
      headers.set('content-type', 'application/json');
    return fetch(url + p, { ...init, method, headers, redirect: 'manual' });
  };
}

/**
 * Starts the console server (API only) on a loopback port with a fresh temporary data dir, for
 * integration tests over real HTTP. Password hashing is cheaper than in production unless overridden,
 * because hashes carry their own cost and tests create many operators. `close()` removes everything.
 */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-test-'));
  const config = testConfig({ host: '127.0.0.1', port: 0, dataDir, scryptLogN: 12, ...overrides });
  const store = await openStore({ dataDir, databaseUrl: config.databaseUrl });
  const log = createLogger(config.logLevel);
  let server;
  try {
    server = await startServer({ config, store, log });
  } catch (err) {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const listening = server;
  const { url } = listening;
  let counter = 0;

  return {
    url,
    store,
    config,
    close: async () => {
      await listening.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    signIn: async (role, opts = {}) => {
      counter += 1;
      const username = opts.username ?? `${role}-${String(counter)}-${randomBytes(3).toString('hex')}`;
      const password = opts.password ?? randomBytes(12).toString('base64url');
      const row = await insertOperator(store.db, {
        username,
        displayName: `Test ${role}`,
        role,
        passwordHash: await hashPassword(password, config.scryptLogN),
        mustChangePassword: false,
      });
      const { token } = await createSession(store.db, config, {
        operatorId: row.id,
        stage: 'full',
        ip: '127.0.0.1',
        userAgent: 'tessera-test-harness',
      });
      const cookie = `${SESSION_COOKIE}=${token}`;
      const csrfToken = csrfTokenFor(token);
      return {
        fetch: makeFetch(url, cookie, csrfToken),
        operator: { id: row.id, username: row.username, role, password },
        csrfToken,
        cookie,
      };
    },
    anonymous: () => ({ fetch: makeFetch(url, undefined, undefined) }),
  };
}
