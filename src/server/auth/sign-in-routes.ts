import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env';
import { auditRequest } from '../audit/from-request';
import {
  findOperatorById,
  findOperatorByUsername,
  updateOperator,
  type OperatorRow,
} from '../operators/operator-store';
import { problem } from '../problem';
import { readJson } from '../validate';
import { clientAddress, userAgent } from './client-address';
import { readSessionCookie, setSessionCookie } from './cookies';
import { hasValidCsrf, type AuthDeps } from './guards';
import { consumeOperatorTotp, consumeRecoveryCode } from './mfa';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password';
import { sessionInfo } from './session-info';
import { createSession, lookupSession, revokeSession, type SessionStage } from './sessions';
import { checkThrottle, clearThrottle, recordFailure, signInKeys, usernameThrottleKey } from './throttle';
import { csrfTokenFor } from './tokens';

const SignInBody = z.object({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});

const MfaBody = z
  .object({
    code: z.string().trim().max(20).optional(),
    recoveryCode: z.string().trim().max(40).optional(),
  })
  .refine((b) => (b.code ? 1 : 0) + (b.recoveryCode ? 1 : 0) === 1, {
    message: 'Send either a code or a recovery code.',
  });

const BAD_CREDENTIALS = 'Incorrect username or password.';
const BAD_CODE = 'That code is not valid. Codes work once; wait for the next one.';

function refuseThrottled(c: Context<AppEnv>, retryAfterMs: number, locked: boolean) {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  c.header('Retry-After', String(seconds));
  return problem(
    c,
    429,
    locked ? 'sign-in-locked' : 'sign-in-throttled',
    'Too many failed sign-ins',
    locked
      ? `Sign-in is locked after repeated failures. Try again in ${Math.ceil(seconds / 60)} minutes.`
      : `Too many failed attempts. Wait ${seconds} seconds before trying again.`,
    { retryAfterSeconds: seconds },
  );
}

/**
 * The unauthenticated session endpoints: the password step and the TOTP step. Both are behind the
 * origin check but before the session guard.
 */
export function mountSignInRoutes(app: Hono<AppEnv>, deps: AuthDeps): void {
  const { store, config } = deps;
  const db = store.db;

  async function openSession(c: Context<AppEnv>, operator: OperatorRow, stage: SessionStage) {
    const { token } = await createSession(db, config, {
      operatorId: operator.id,
      stage,
      ip: clientAddress(c),
      userAgent: userAgent(c),
    });
    setSessionCookie(c, config, token);
    return token;
  }

  /** Opens the full session; the pending one of the TOTP step is replaced, never promoted, so its id dies. */
  async function completeSignIn(
    c: Context<AppEnv>,
    operator: OperatorRow,
    method: string,
    pendingId?: string,
  ) {
    if (pendingId) await revokeSession(db, operator.id, pendingId);
    const token = await openSession(c, operator, 'full');
    await updateOperator(db, operator.id, { last_sign_in_at: new Date().toISOString() });
    await clearThrottle(db, usernameThrottleKey(operator.username));
    await auditRequest(c, db, {
      action: 'session.sign-in',
      result: 'success',
      operatorId: operator.id,
      username: operator.username,
      detail: { method },
    });
    return c.json({ status: 'signed-in' as const, session: await sessionInfo(store, token, operator) });
  }

  app.post('/api/session', async (c) => {
    const body = await readJson(c, SignInBody);
    const keys = signInKeys(config.signInThrottle, body.username, clientAddress(c));
    const verdict = await checkThrottle(db, config.signInThrottle, keys);
    const username = body.username.slice(0, 200);
    if (!verdict.allowed) {
      await auditRequest(c, db, {
        action: 'session.sign-in',
        result: 'denied',
        username,
        status: 429,
        detail: { reason: verdict.locked ? 'locked' : 'throttled' },
      });
      return refuseThrottled(c, verdict.retryAfterMs, verdict.locked);
    }
    const operator = await findOperatorByUsername(db, body.username);
    const ok = operator
      ? await verifyPassword(body.password, operator.password_hash)
      : await verifyAgainstDummy(body.password, config.scryptLogN);
    if (!operator || !ok) {
      await recordFailure(db, config.signInThrottle, keys);
      await auditRequest(c, db, {
        action: 'session.sign-in',
        result: 'failure',
        operatorId: operator?.id,
        username,
        status: 401,
        detail: { reason: 'bad-credentials' },
      });
      return problem(c, 401, 'bad-credentials', 'Sign-in failed', BAD_CREDENTIALS);
    }
    if (operator.disabled === 1) {
      await auditRequest(c, db, {
        action: 'session.sign-in',
        result: 'denied',
        operatorId: operator.id,
        username: operator.username,
        status: 403,
        detail: { reason: 'disabled' },
      });
      return problem(
        c,
        403,
        'operator-disabled',
        'Operator disabled',
        'This operator is disabled. Ask an administrator.',
      );
    }
    if (needsRehash(operator.password_hash, config.scryptLogN)) {
      await updateOperator(db, operator.id, {
        password_hash: await hashPassword(body.password, config.scryptLogN),
      });
    }
    if (operator.mfa_enabled === 1) {
      const token = await openSession(c, operator, 'mfa');
      return c.json({ status: 'mfa-required' as const, csrfToken: csrfTokenFor(token) });
    }
    return completeSignIn(c, operator, 'password');
  });

  app.post('/api/session/mfa', async (c) => {
    const token = readSessionCookie(c);
    const found = token ? await lookupSession(db, config, token) : undefined;
    if (!token || found?.kind !== 'ok' || found.session.stage !== 'mfa') {
      return problem(
        c,
        401,
        'mfa-step-expired',
        'Sign in again',
        'The sign-in attempt has expired. Enter your password again.',
      );
    }
    if (!hasValidCsrf(c, token)) {
      return problem(c, 403, 'csrf', 'Missing or invalid CSRF token', 'Reload the page and try again.');
    }
    const body = await readJson(c, MfaBody);
    const operator = found.operator;
    const keys = signInKeys(config.signInThrottle, operator.username, clientAddress(c));
    const verdict = await checkThrottle(db, config.signInThrottle, keys);
    if (!verdict.allowed) return refuseThrottled(c, verdict.retryAfterMs, verdict.locked);
    const fresh = await findOperatorById(db, operator.id);
    const ok =
      fresh !== undefined &&
      (body.code
        ? await consumeOperatorTotp(db, config, fresh, body.code)
        : await consumeRecoveryCode(db, operator.id, body.recoveryCode ?? ''));
    if (!fresh || !ok) {
      await recordFailure(db, config.signInThrottle, keys);
      await auditRequest(c, db, {
        action: 'session.mfa',
        result: 'failure',
        operatorId: operator.id,
        username: operator.username,
        status: 401,
        detail: { method: body.code ? 'totp' : 'recovery-code' },
      });
      return problem(c, 401, 'bad-code', 'Code not accepted', BAD_CODE);
    }
    return completeSignIn(c, fresh, body.code ? 'password+totp' : 'password+recovery-code', found.session.id);
  });
}
