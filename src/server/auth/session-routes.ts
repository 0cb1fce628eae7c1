import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env';
import { auditRequest } from '../audit/from-request';
import { findOperatorById, updateOperator } from '../operators/operator-store';
import { problem, ProblemError } from '../problem';
import { readJson } from '../validate';
import { clientAddress } from './client-address';
import { clearSessionCookie, readSessionCookie } from './cookies';
import type { AuthDeps } from './guards';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from './password';
import { sessionInfo } from './session-info';
import { revokeOperatorSessions, revokeSession } from './sessions';
import { checkThrottle, recordFailure, signInKeys } from './throttle';

export const NewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: NewPassword,
});

/** The signed-in operator's own session: who am I, sign out, change my password. Behind the session guard. */
export function mountSessionRoutes(app: Hono<AppEnv>, deps: AuthDeps): void {
  const { store, config } = deps;
  const db = store.db;

  app.get('/api/session', async (c) => {
    const me = c.get('operator');
    const token = readSessionCookie(c);
    const operator = me ? await findOperatorById(db, me.id) : undefined;
    if (!operator || !token)
      return problem(c, 401, 'unauthenticated', 'Not signed in', 'Sign in to continue.');
    return c.json(await sessionInfo(store, token, operator));
  });

  app.delete('/api/session', async (c) => {
    const me = c.get('operator');
    if (me) {
      await revokeSession(db, me.id, me.sessionId);
      await auditRequest(c, db, { action: 'session.sign-out', result: 'success' });
    }
    clearSessionCookie(c, config);
    return c.body(null, 204);
  });

  app.post('/api/session/password', async (c) => {
    const me = c.get('operator');
    const token = readSessionCookie(c);
    const operator = me ? await findOperatorById(db, me.id) : undefined;
    if (!me || !operator || !token)
      return problem(c, 401, 'unauthenticated', 'Not signed in', 'Sign in to continue.');
    const body = await readJson(c, ChangePasswordBody);
    // A stolen session must not become a free password oracle: wrong current passwords count as failures.
    const keys = signInKeys(config.signInThrottle, operator.username, clientAddress(c));
    const verdict = await checkThrottle(db, config.signInThrottle, keys);
    if (!verdict.allowed) {
      c.header('Retry-After', String(Math.ceil(verdict.retryAfterMs / 1000)));
      return problem(c, 429, 'sign-in-throttled', 'Too many failed attempts', 'Wait before trying again.');
    }
    if (!(await verifyPassword(body.currentPassword, operator.password_hash))) {
      await recordFailure(db, config.signInThrottle, keys);
      await auditRequest(c, db, {
        action: 'password.change',
        result: 'failure',
        status: 400,
        detail: { reason: 'bad-current' },
      });
      throw new ProblemError(400, 'invalid-body', 'Invalid request', 'The current password is not correct.', {
        errors: [{ field: 'currentPassword', message: 'The current password is not correct.' }],
      });
    }
    if (body.newPassword === body.currentPassword || body.newPassword.toLowerCase() === operator.username) {
      throw new ProblemError(400, 'invalid-body', 'Invalid request', 'Choose a different password.', {
        errors: [
          {
            field: 'newPassword',
            message: 'Choose a password different from the current one and the username.',
          },
        ],
      });
    }
    const now = new Date().toISOString();
    await updateOperator(db, operator.id, {
      password_hash: await hashPassword(body.newPassword, config.scryptLogN),
      must_change_password: 0,
      password_changed_at: now,
    });
    const revoked = await revokeOperatorSessions(db, operator.id, me.sessionId);
    await auditRequest(c, db, {
      action: 'password.change',
      result: 'success',
      detail: { otherSessionsRevoked: revoked },
    });
    const updated = await findOperatorById(db, operator.id);
    return c.json(await sessionInfo(store, token, updated ?? operator));
  });
}
