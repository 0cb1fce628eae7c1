import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { hasValidCsrf, isWriteMethod } from '../auth/guards';
import { ProblemError } from '../problem';
import { UpstreamError } from '../proxy/upstream-http';
import { clearSelfServiceCookie, readSelfServiceCookie } from './cookie';
import type { SelfServiceDeps } from './feature';
import type { SelfServiceSession } from './store';

export type OpenSelfService = { session: SelfServiceSession; baseUrl: string; cookieToken: string };

/**
 * The self-service session behind the request's cookie, for a GS2 MFA link whose connection still exists.
 * Writes also need the session's CSRF token. Anything else is a 401 that tells the page to sign in again.
 */
export async function requireGs2Session(c: Context<AppEnv>, deps: SelfServiceDeps): Promise<OpenSelfService> {
  const token = readSelfServiceCookie(c);
  const session = token ? await deps.links.findSession(token) : undefined;
  const connection = session ? await deps.repo.get(session.link.connectionId) : undefined;
  if (!token || !session || connection?.vendor !== 'gs2') {
    if (token) clearSelfServiceCookie(c, deps.config);
    throw new ProblemError(
      401,
      'self-service-signed-out',
      'Not signed in',
      'Sign in with your GS2 user name and password.',
    );
  }
  if (isWriteMethod(c.req.method) && !hasValidCsrf(c, token)) {
    throw new ProblemError(403, 'csrf', 'Missing or invalid CSRF token', 'Reload the page and try again.');
  }
  return { session, baseUrl: connection.baseUrl, cookieToken: token };
}

/** Runs a GS2 call, turning "GS2 could not be reached" into a 502 the page can show. */
export async function reachGs2<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof UpstreamError) {
      throw new ProblemError(
        502,
        'gs2-unreachable',
        'GS2 unavailable',
        `GS2 could not be reached: ${err.message}`,
      );
    }
    throw err;
  }
}

/** The actor of audit entries written on behalf of a GS2 user, so they never pass for an operator. */
export const gs2Actor = (userName: string) => `gs2:${userName}`;
