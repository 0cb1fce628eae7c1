import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, OperatorRole } from '../app-env';
import type { Config } from '../config';
import { isMfaRequired } from '../operators/auth-policy';
import { asRole, type OperatorRow } from '../operators/operator-store';
import { problem } from '../problem';
import type { Store } from '../store/open';
import { clearSessionCookie, readSessionCookie } from './cookies';
import { lookupSession } from './sessions';
import { csrfTokenFor, safeEqual } from './tokens';

export type AuthDeps = { config: Config; store: Store };

export const CSRF_HEADER = 'X-CSRF-Token';

export function isWriteMethod(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/**
 * Whether a request was sent by a page of our own origin: `Origin`, or `Referer` when a browser leaves
 * Origin out. The host must match the Host the request was sent to; comparing the host rather than the
 * full origin keeps working behind a TLS-terminating proxy that forwards plain HTTP.
 */
export function isSameOrigin(c: Context): boolean {
  const host = new URL(c.req.url).host;
  const source = c.req.header('origin') ?? c.req.header('referer');
  if (!source) return false;
  try {
    const url = new URL(source);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}

/** Refuses every cross-origin (or origin-less) write under /api before anything else looks at it. */
export const originGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isWriteMethod(c.req.method) && !isSameOrigin(c)) {
    return problem(
      c,
      403,
      'cross-origin',
      'Cross-origin request refused',
      'Writes are accepted only from pages of this Tessera origin.',
    );
  }
  await next();
};

export function hasValidCsrf(c: Context, sessionToken: string): boolean {
  const sent = c.req.header(CSRF_HEADER);
  return sent !== undefined && safeEqual(sent, csrfTokenFor(sessionToken));
}

/** What a signed-in operator must do before anything else: change the password, then enrol MFA. */
export type PendingStep = 'password-change' | 'mfa-enrolment';

export async function pendingStep(store: Store, operator: OperatorRow): Promise<PendingStep | undefined> {
  if (operator.must_change_password === 1) return 'password-change';
  if (operator.mfa_enabled !== 1 && (await isMfaRequired(store.db))) return 'mfa-enrolment';
  return undefined;
}

function allowedWhilePending(step: PendingStep, method: string, path: string): boolean {
  if (path === '/api/session' && (method === 'GET' || method === 'DELETE')) return true;
  if (step === 'password-change') return path === '/api/session/password' && method === 'POST';
  return path.startsWith('/api/profile/mfa/');
}

type Admitted = {
  operator: OperatorRow;
  sessionId: string;
  step: PendingStep | undefined;
  /** When the session ends on its own: its absolute lifetime or its idle timeout, whichever is first. */
  endsAt: number;
};

/**
 * Sessions checked in the last moment, so a burst of calls (the proxy's) does not read the same rows for
 * each. An entry is used only while nothing was written to the store since it was read, so a sign-out,
 * a revoked session or a changed operator takes effect at once here; another instance sharing a
 * PostgreSQL store sees such a change within `ADMIT_TTL_MS`.
 */
const ADMIT_TTL_MS = 2000;
const ADMIT_MAX = 10_000;

function admissionCache(store: Store) {
  const entries = new Map<string, Admitted & { generation: number; until: number }>();
  return {
    get(token: string, now: number): Admitted | undefined {
      const hit = entries.get(token);
      if (!hit) return undefined;
      if (hit.generation === store.writes.generation && now < hit.until && now < hit.endsAt) return hit;
      entries.delete(token);
      return undefined;
    },
    set(token: string, admitted: Admitted, generation: number, now: number) {
      if (entries.size >= ADMIT_MAX) entries.clear();
      entries.set(token, { ...admitted, generation, until: now + ADMIT_TTL_MS });
    },
  };
}

async function admit(deps: AuthDeps, c: Context<AppEnv>, token: string): Promise<Admitted | Response> {
  const found = await lookupSession(deps.store.db, deps.config, token);
  if (found.kind === 'expired') clearSessionCookie(c, deps.config);
  if (found.kind !== 'ok' || found.session.stage !== 'full') {
    return found.kind === 'expired'
      ? problem(c, 401, 'session-expired', 'Session ended', 'Your session has ended. Sign in again.')
      : problem(c, 401, 'unauthenticated', 'Not signed in', 'Sign in to continue.');
  }
  return {
    operator: found.operator,
    sessionId: found.session.id,
    step: await pendingStep(deps.store, found.operator),
    endsAt: Math.min(
      Date.parse(found.session.expiresAt),
      Date.parse(found.session.lastSeenAt) + deps.config.sessionIdleMs,
    ),
  };
}

/**
 * Requires a full session for everything after it: 401 without one, 403 when a write lacks the session's
 * CSRF token, and 403 for anything but the pending step while a password change or MFA enrolment is due.
 */
export function sessionGuard(deps: AuthDeps): MiddlewareHandler<AppEnv> {
  const cache = admissionCache(deps.store);
  return async (c, next) => {
    const token = readSessionCookie(c);
    if (!token) return problem(c, 401, 'unauthenticated', 'Not signed in', 'Sign in to continue.');
    const now = Date.now();
    let admitted = cache.get(token, now);
    if (!admitted) {
      const generation = deps.store.writes.generation;
      const result = await admit(deps, c, token);
      if (result instanceof Response) return result;
      admitted = result;
      cache.set(token, admitted, generation, now);
    }
    if (isWriteMethod(c.req.method) && !hasValidCsrf(c, token)) {
      return problem(c, 403, 'csrf', 'Missing or invalid CSRF token', 'Reload the page and try again.');
    }
    const { operator, step } = admitted;
    c.set('operator', {
      id: operator.id,
      username: operator.username,
      role: asRole(operator.role),
      sessionId: admitted.sessionId,
    });
    if (step && !allowedWhilePending(step, c.req.method, c.req.path)) {
      return step === 'password-change'
        ? problem(
            c,
            403,
            'password-change-required',
            'Password change required',
            'Change your password before doing anything else.',
          )
        : problem(
            c,
            403,
            'mfa-enrolment-required',
            'MFA enrolment required',
            'Multi-factor authentication is required. Set it up on your profile first.',
          );
    }
    await next();
  };
}

/** Route-level authorization: 403 unless the signed-in operator has one of the roles. */
export function requireRole(...roles: OperatorRole[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const operator = c.get('operator');
    if (!operator) return problem(c, 401, 'unauthenticated', 'Not signed in', 'Sign in to continue.');
    if (!roles.includes(operator.role)) {
      c.get('log').warn('role denied', {
        username: operator.username,
        role: operator.role,
        path: c.req.path,
      });
      return problem(
        c,
        403,
        'forbidden',
        'Not allowed',
        `The ${operator.role} role cannot do this. Ask an administrator if you need it.`,
      );
    }
    await next();
  };
}
