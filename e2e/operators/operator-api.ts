import { expect, request, type APIRequestContext } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, E2E_ADMIN_USER, E2E_BASE_URL } from '../support/stack-env';

/**
 * API helpers for the operator specs: an admin session over HTTP (same origin, CSRF header) to create the
 * operators each test needs, so tests never depend on each other's accounts.
 *
 * The bootstrap admin must change its password at first sign-in; whichever spec gets there first changes
 * it to ADMIN_PASSWORD_AFTER_CHANGE, and every later sign-in uses that.
 */
export const ADMIN_PASSWORD_AFTER_CHANGE = `${E2E_ADMIN_PASSWORD}-changed`;

export type ApiSession = { api: APIRequestContext; csrf: string; username: string; password: string };

async function newContext(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { origin: E2E_BASE_URL } });
}

type SignInBody = { status: string; session?: { csrfToken: string; mustChangePassword: boolean } };

/** Signs in over the API; changes the password first when the server demands it. */
export async function apiSignIn(
  username: string,
  password: string,
  passwordAfterChange?: string,
): Promise<ApiSession> {
  const api = await newContext();
  const res = await api.post('/api/session', { data: { username, password } });
  expect(res.status(), `sign-in of ${username}`).toBe(200);
  const body = (await res.json()) as SignInBody;
  const session = body.session;
  if (!session) throw new Error(`${username} needs MFA; apiSignIn cannot do that`);
  if (!session.mustChangePassword) return { api, csrf: session.csrfToken, username, password };
  const next = passwordAfterChange ?? `${password}-new-1`;
  const changed = await api.post('/api/session/password', {
    data: { currentPassword: password, newPassword: next },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(changed.status(), `password change of ${username}`).toBe(200);
  const info = (await changed.json()) as { csrfToken: string };
  return { api, csrf: info.csrfToken, username, password: next };
}

async function tryAdmin(): Promise<ApiSession | undefined> {
  const probe = await newContext();
  try {
    for (const password of [ADMIN_PASSWORD_AFTER_CHANGE, E2E_ADMIN_PASSWORD]) {
      const res = await probe.post('/api/session', { data: { username: E2E_ADMIN_USER, password } });
      if (res.status() !== 200) continue;
      const body = (await res.json()) as SignInBody;
      if (password === ADMIN_PASSWORD_AFTER_CHANGE && body.session)
        return { api: probe, csrf: body.session.csrfToken, username: E2E_ADMIN_USER, password };
      const changed = await probe.post('/api/session/password', {
        data: { currentPassword: password, newPassword: ADMIN_PASSWORD_AFTER_CHANGE },
        headers: { 'x-csrf-token': body.session?.csrfToken ?? '' },
      });
      if (changed.status() !== 200) return undefined;
      const info = (await changed.json()) as { csrfToken: string };
      return {
        api: probe,
        csrf: info.csrfToken,
        username: E2E_ADMIN_USER,
        password: ADMIN_PASSWORD_AFTER_CHANGE,
      };
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `fn` with an admin session. Specs in parallel workers may race to replace the bootstrap password,
 * which signs out the loser's session; the loser simply tries again with the new password.
 */
export async function withAdmin<T>(fn: (admin: ApiSession) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    const admin = await tryAdmin();
    if (admin) {
      try {
        return await fn(admin);
      } catch (err) {
        lastError = err;
      } finally {
        await admin.api.dispose();
      }
    }
    await new Promise((r) => setTimeout(r, 300 * (attempt + 1)));
  }
  throw lastError instanceof Error ? lastError : new Error('could not sign in as the e2e admin');
}

let counter = 0;
/** A fresh operator with a one-time password (the first sign-in must change it). */
export async function createOperator(
  admin: ApiSession,
  role: 'admin' | 'operator' | 'viewer',
): Promise<{ id: string; username: string; oneTimePassword: string }> {
  counter += 1;
  const username = `e2e-${role}-${String(Date.now() % 1_000_000)}-${String(counter)}`;
  const res = await admin.api.post('/api/operators', {
    data: { username, displayName: `E2E ${role} ${String(counter)}`, role },
    headers: { 'x-csrf-token': admin.csrf },
  });
  if (res.status() !== 201) throw new Error(`create operator: ${String(res.status())}`);
  const body = (await res.json()) as { operator: { id: string }; oneTimePassword: string };
  return { id: body.operator.id, username, oneTimePassword: body.oneTimePassword };
}

/** A fresh operator that has already chosen its own password: ready to sign in without detours. */
export async function readyOperator(
  role: 'admin' | 'operator' | 'viewer',
): Promise<{ username: string; password: string }> {
  const created = await withAdmin((admin) => createOperator(admin, role));
  const own = await apiSignIn(created.username, created.oneTimePassword);
  await own.api.dispose();
  return { username: created.username, password: own.password };
}
