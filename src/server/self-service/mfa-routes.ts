import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env';
import { auditRequest } from '../audit/from-request';
import { ProblemError } from '../problem';
import { readJson } from '../validate';
import type { SelfServiceDeps } from './feature';
import { gs2Actor, reachGs2, requireGs2Session, type OpenSelfService } from './session-check';

const ChallengeBody = z.object({
  passcode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code.'),
});

/**
 * The only GS2 calls a self-service session can make, always on the link's own user and with that user's
 * token: read the MFA state, start (or restart) enrolment, confirm it with a code, remove MFA.
 */
export function mountGs2MfaRoutes(app: Hono<AppEnv>, deps: SelfServiceDeps): void {
  const db = deps.store.db;

  async function audited<T>(
    c: Context<AppEnv>,
    open: OpenSelfService,
    action: string,
    run: () => Promise<T>,
  ): Promise<T> {
    const { link } = open.session;
    const entry = {
      action,
      username: gs2Actor(link.subject),
      connectionId: link.connectionId,
      target: `gs2:user:${link.subject}`,
    };
    try {
      const result = await reachGs2(run);
      await auditRequest(c, db, { ...entry, result: 'success', status: 200 });
      return result;
    } catch (err) {
      const status = err instanceof ProblemError ? err.status : 500;
      await auditRequest(c, db, { ...entry, result: status === 403 ? 'denied' : 'failure', status });
      throw err;
    }
  }

  app.get('/api/self-service/gs2/mfa', async (c) => {
    const open = await requireGs2Session(c, deps);
    const { link, vendorToken } = open.session;
    const password = await reachGs2(() => deps.gs2.getPassword(open.baseUrl, vendorToken, link.subject));
    return c.json({ userName: link.subject, password });
  });

  app.post('/api/self-service/gs2/mfa', async (c) => {
    const open = await requireGs2Session(c, deps);
    const { link, vendorToken } = open.session;
    const result = await audited(c, open, 'self-service.gs2.mfa.enable', async () => {
      const current = await deps.gs2.getPassword(open.baseUrl, vendorToken, link.subject);
      // GS2 does not say whether enableMfa restarts a half-done enrolment, so cancel it first.
      if (current?.twoFactorAuthenticationSetting?.status === 'Verifying')
        await deps.gs2.disableMfa(open.baseUrl, vendorToken, link.subject);
      return deps.gs2.enableMfa(open.baseUrl, vendorToken, link.subject);
    });
    // The challenge carries the TOTP secret: it goes to this user once, in this answer, and is not kept.
    return c.json({ password: result.item, challengeToken: result.challengeToken });
  });

  app.post('/api/self-service/gs2/mfa/challenge', async (c) => {
    const open = await requireGs2Session(c, deps);
    const { passcode } = await readJson(c, ChallengeBody);
    const { link, vendorToken } = open.session;
    const password = await audited(c, open, 'self-service.gs2.mfa.confirm', () =>
      deps.gs2.challengeMfa(open.baseUrl, vendorToken, link.subject, passcode),
    );
    return c.json({ password });
  });

  app.delete('/api/self-service/gs2/mfa', async (c) => {
    const open = await requireGs2Session(c, deps);
    const { link, vendorToken } = open.session;
    const password = await audited(c, open, 'self-service.gs2.mfa.disable', () =>
      deps.gs2.disableMfa(open.baseUrl, vendorToken, link.subject),
    );
    return c.json({ password });
  });
}
