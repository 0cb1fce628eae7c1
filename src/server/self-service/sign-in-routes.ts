import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env';
import { auditRequest } from '../audit/from-request';
import { clientAddress } from '../auth/client-address';
import { checkThrottle, clearThrottle, recordFailure, type ThrottleKey } from '../auth/throttle';
import { csrfTokenFor } from '../auth/tokens';
import type { SignInThrottle } from '../config';
import { problem } from '../problem';
import { readJson } from '../validate';
import { GS2_LIMITS } from '../../vendors/gs2/wire';
import { clearSelfServiceCookie, readSelfServiceCookie, setSelfServiceCookie } from './cookie';
import type { SelfServiceDeps } from './feature';
import { gs2Actor, reachGs2 } from './session-check';
import type { SelfServiceLink } from './store';

const SignInBody = z.object({
  userName: z.string().min(1).max(GS2_LIMITS.name),
  password: z.string().min(1).max(GS2_LIMITS.password),
  otp: z
    .string()
    .trim()
    .regex(/^\d{6}$/)
    .optional(),
});

const BAD_CREDENTIALS = 'Incorrect user name or password.';

/**
 * Keys of their own, so failures here never lock an operator who happens to share a name or address with
 * a GS2 user, while the operator throttle's rules (delays, lock) apply unchanged.
 */
function throttleKeys(policy: SignInThrottle, link: SelfServiceLink, address: string): ThrottleKey[] {
  return [
    { key: `gs2-self:${link.connectionId}:${link.subject}`, rule: policy.username },
    { key: `self-addr:${address}`, rule: policy.address },
  ];
}

/** The public half: what a link is for, and GS2 sign-in through it. */
export function mountGs2SignInRoutes(app: Hono<AppEnv>, deps: SelfServiceDeps): void {
  const db = deps.store.db;
  const policy = deps.config.signInThrottle;

  async function openLink(c: Context<AppEnv>) {
    const found = await deps.links.findLink(c.req.param('token') ?? '', 'gs2-mfa');
    if (found.kind === 'ok') return found.link;
    return found.kind === 'expired'
      ? problem(
          c,
          410,
          'link-expired',
          'Link expired',
          'This link has expired. Ask your operator for a new one.',
        )
      : problem(
          c,
          404,
          'link-unknown',
          'Unknown link',
          'This link is not valid. Ask your operator for a new one.',
        );
  }

  app.get('/api/self-service/gs2/links/:token', async (c) => {
    const link = await openLink(c);
    if (link instanceof Response) return link;
    const cookie = readSelfServiceCookie(c);
    const session = cookie ? await deps.links.findSession(cookie) : undefined;
    const signedIn = session?.link.id === link.id;
    return c.json({
      userName: link.subject,
      expiresAt: link.expiresAt,
      session: signedIn && cookie ? { csrfToken: csrfTokenFor(cookie), expiresAt: session.expiresAt } : null,
    });
  });

  app.post('/api/self-service/gs2/links/:token/session', async (c) => {
    const link = await openLink(c);
    if (link instanceof Response) return link;
    const body = await readJson(c, SignInBody);
    const keys = throttleKeys(policy, link, clientAddress(c));
    const audit = (result: 'success' | 'failure' | 'denied', status: number, reason?: string) =>
      auditRequest(c, db, {
        action: 'self-service.gs2.sign-in',
        result,
        username: gs2Actor(link.subject),
        connectionId: link.connectionId,
        status,
        detail: { linkId: link.id, ...(reason ? { reason } : {}) },
      });
    const verdict = await checkThrottle(db, policy, keys);
    if (!verdict.allowed) {
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      await audit('denied', 429, verdict.locked ? 'locked' : 'throttled');
      c.header('Retry-After', String(seconds));
      return problem(
        c,
        429,
        'sign-in-throttled',
        'Too many failed sign-ins',
        `Too many failed attempts. Wait ${seconds} seconds before trying again.`,
        { retryAfterSeconds: seconds },
      );
    }
    const connection = await deps.repo.get(link.connectionId);
    if (connection?.vendor !== 'gs2')
      return problem(
        c,
        404,
        'link-unknown',
        'Unknown link',
        'This link is not valid. Ask your operator for a new one.',
      );
    // The link is for one user: another name is refused like a wrong password, without asking GS2.
    const outcome =
      body.userName === link.subject
        ? await reachGs2(() => deps.gs2.login(connection.baseUrl, body))
        : ({ kind: 'bad-credentials' } as const);
    if (outcome.kind === 'otp-required') {
      return problem(
        c,
        401,
        'otp-required',
        'Code required',
        'Enter the 6-digit code from your authenticator app.',
      );
    }
    if (outcome.kind !== 'ok') {
      await recordFailure(db, policy, keys);
      await audit('failure', 401, outcome.kind);
      return outcome.kind === 'bad-otp'
        ? problem(c, 401, 'bad-otp', 'Sign-in failed', 'That code is not valid. Wait for the next one.')
        : problem(c, 401, 'bad-credentials', 'Sign-in failed', BAD_CREDENTIALS);
    }
    await clearThrottle(db, keys[0]?.key ?? '');
    const previous = readSelfServiceCookie(c);
    if (previous) await deps.links.deleteSession(previous);
    const { token, expiresAt } = await deps.links.createSession(link, outcome.token);
    setSelfServiceCookie(c, deps.config, token);
    await audit('success', 200);
    return c.json({ userName: link.subject, csrfToken: csrfTokenFor(token), expiresAt });
  });

  app.delete('/api/self-service/gs2/session', async (c) => {
    const cookie = readSelfServiceCookie(c);
    const session = cookie ? await deps.links.findSession(cookie) : undefined;
    if (cookie) await deps.links.deleteSession(cookie);
    clearSelfServiceCookie(c, deps.config);
    if (session) {
      await auditRequest(c, db, {
        action: 'self-service.gs2.sign-out',
        result: 'success',
        username: gs2Actor(session.link.subject),
        connectionId: session.link.connectionId,
      });
    }
    return c.body(null, 204);
  });
}
