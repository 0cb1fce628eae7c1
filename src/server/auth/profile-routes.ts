import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { otpauthUri } from '../../lib/otp/otpauth-uri';
import type { AppEnv, SignedInOperator } from '../app-env';
import { auditRequest } from '../audit/from-request';
import { isMfaRequired } from '../operators/auth-policy';
import { findOperatorById, type OperatorRow } from '../operators/operator-store';
import { problem, ProblemError } from '../problem';
import { readJson } from '../validate';
import type { AuthDeps } from './guards';
import {
  clearMfa,
  consumeOperatorTotp,
  consumeRecoveryCode,
  consumeTotp,
  ENROLMENT_TTL_MS,
  issueRecoveryCodes,
  startEnrolment,
} from './mfa';
import { verifyPassword } from './password';
import { openTotpSecret } from './totp-secret-box';
import { clientAddress } from './client-address';
import { checkThrottle, recordFailure, signInKeys } from './throttle';
import { listSessions, revokeOperatorSessions, revokeSession } from './sessions';

export const TOTP_ISSUER = 'Tessera';

const CodeBody = z.object({ code: z.string().trim().min(1).max(20) });
const PasswordAndCode = z.object({
  password: z.string().min(1).max(1000),
  code: z.string().trim().min(1).max(40),
});

const invalid = (field: string, message: string) =>
  new ProblemError(400, 'invalid-body', 'Invalid request', message, { errors: [{ field, message }] });

/** The signed-in operator's own sessions and MFA. Every role may manage its own. */
export function mountProfileRoutes(app: Hono<AppEnv>, deps: AuthDeps): void {
  const db = deps.store.db;

  async function me(c: Context<AppEnv>): Promise<{ signedIn: SignedInOperator; row: OperatorRow }> {
    const signedIn = c.get('operator');
    const row = signedIn ? await findOperatorById(db, signedIn.id) : undefined;
    if (!signedIn || !row)
      throw new ProblemError(401, 'unauthenticated', 'Not signed in', 'Sign in to continue.');
    return { signedIn, row };
  }

  /**
   * Password plus a current code (TOTP or recovery code): what sensitive MFA changes require. Failures
   * count against the sign-in throttle, so a stolen session cannot guess the password here instead.
   */
  async function checkPasswordAndCode(
    c: Context<AppEnv>,
    row: OperatorRow,
    body: z.output<typeof PasswordAndCode>,
  ) {
    const policy = deps.config.signInThrottle;
    const keys = signInKeys(policy, row.username, clientAddress(c));
    const verdict = await checkThrottle(db, policy, keys);
    if (!verdict.allowed) {
      c.header('Retry-After', String(Math.ceil(verdict.retryAfterMs / 1000)));
      throw new ProblemError(
        429,
        'sign-in-throttled',
        'Too many failed attempts',
        'Wait before trying again.',
      );
    }
    let problemField: 'password' | 'code' | undefined;
    if (!(await verifyPassword(body.password, row.password_hash))) problemField = 'password';
    else if (
      !(/^\d{6}$/.test(body.code)
        ? await consumeOperatorTotp(db, deps.config, row, body.code)
        : await consumeRecoveryCode(db, row.id, body.code))
    )
      problemField = 'code';
    if (!problemField) return;
    await recordFailure(db, policy, keys);
    throw problemField === 'password'
      ? invalid('password', 'The password is not correct.')
      : invalid('code', 'That code is not valid. Codes work once; wait for the next one.');
  }

  app.get('/api/profile/sessions', async (c) => {
    const { signedIn } = await me(c);
    const sessions = await listSessions(db, signedIn.id);
    return c.json({
      sessions: sessions.map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        ip: s.ip,
        userAgent: s.userAgent,
        current: s.id === signedIn.sessionId,
      })),
    });
  });

  app.delete('/api/profile/sessions/others', async (c) => {
    const { signedIn } = await me(c);
    const revoked = await revokeOperatorSessions(db, signedIn.id, signedIn.sessionId);
    await auditRequest(c, db, { action: 'session.revoke-others', result: 'success', detail: { revoked } });
    return c.json({ revoked });
  });

  app.delete('/api/profile/sessions/:id', async (c) => {
    const { signedIn } = await me(c);
    const id = c.req.param('id');
    if (id === signedIn.sessionId)
      return problem(c, 409, 'current-session', 'Use sign out', 'Sign out to end the current session.');
    if (!(await revokeSession(db, signedIn.id, id)))
      return problem(c, 404, 'not-found', 'Not found', 'No such session of yours.');
    await auditRequest(c, db, { action: 'session.revoke', result: 'success', target: id });
    return c.body(null, 204);
  });

  app.post('/api/profile/mfa/enrolment', async (c) => {
    const { signedIn, row } = await me(c);
    if (row.mfa_enabled === 1)
      return problem(c, 409, 'mfa-already-enabled', 'MFA is on', 'Disable MFA first to enrol a new device.');
    const secret = await startEnrolment(db, deps.config, signedIn.id);
    await auditRequest(c, db, { action: 'mfa.enrol-start', result: 'success' });
    return c.json({
      secret,
      otpauthUri: otpauthUri({ issuer: TOTP_ISSUER, account: signedIn.username, secret }),
    });
  });

  app.post('/api/profile/mfa/enrolment/confirm', async (c) => {
    const { signedIn, row } = await me(c);
    const body = await readJson(c, CodeBody);
    const pending = openTotpSecret(deps.config, row.id, row.mfa_pending_secret);
    const startedAt = row.mfa_pending_at ? Date.parse(row.mfa_pending_at) : 0;
    if (row.mfa_enabled === 1 || !pending || Date.now() - startedAt > ENROLMENT_TTL_MS) {
      return problem(c, 409, 'no-enrolment', 'No enrolment in progress', 'Start the MFA set-up again.');
    }
    if (!(await consumeTotp(db, row, pending, body.code))) {
      await auditRequest(c, db, { action: 'mfa.enable', result: 'failure', status: 400 });
      throw invalid('code', 'That code does not match. Check the time on your device and try the next code.');
    }
    await db
      .updateTable('operators')
      .set({
        mfa_enabled: 1,
        mfa_secret: row.mfa_pending_secret,
        mfa_pending_secret: null,
        mfa_pending_at: null,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', signedIn.id)
      .execute();
    const recoveryCodes = await issueRecoveryCodes(db, signedIn.id);
    await auditRequest(c, db, { action: 'mfa.enable', result: 'success' });
    return c.json({ recoveryCodes });
  });

  app.post('/api/profile/mfa/disable', async (c) => {
    const { signedIn, row } = await me(c);
    const body = await readJson(c, PasswordAndCode);
    if (row.mfa_enabled !== 1) return problem(c, 409, 'mfa-not-enabled', 'MFA is off', 'MFA is not enabled.');
    if (await isMfaRequired(db))
      return problem(
        c,
        409,
        'mfa-required',
        'MFA is required',
        'An administrator requires MFA for every operator.',
      );
    try {
      await checkPasswordAndCode(c, row, body);
    } catch (err) {
      await auditRequest(c, db, { action: 'mfa.disable', result: 'failure', status: 400 });
      throw err;
    }
    await clearMfa(db, signedIn.id);
    await auditRequest(c, db, { action: 'mfa.disable', result: 'success' });
    return c.body(null, 204);
  });

  app.post('/api/profile/mfa/recovery-codes', async (c) => {
    const { signedIn, row } = await me(c);
    const body = await readJson(c, PasswordAndCode);
    if (row.mfa_enabled !== 1) return problem(c, 409, 'mfa-not-enabled', 'MFA is off', 'MFA is not enabled.');
    await checkPasswordAndCode(c, row, body);
    const recoveryCodes = await issueRecoveryCodes(db, signedIn.id);
    await auditRequest(c, db, { action: 'mfa.recovery-codes', result: 'success' });
    return c.json({ recoveryCodes });
  });
}
