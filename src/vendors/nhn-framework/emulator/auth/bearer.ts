import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { NhnError, RESULT } from '../errors';
import { zuluDate } from '../format';
import type { NhnEnv, Runtime } from '../runtime';
import { digest, tokenActive } from './secrets';

/**
 * Authenticates `x-nhn-authorization: Bearer <token>`. An unknown route is answered 404 before the token
 * is looked at; a missing, unknown, expired or revoked token, or one whose key is no longer STABLE, is 80007.
 * A simulated downstream failure of the route (Runtime.faults) is raised once the caller is known.
 */
export function bearerAuth(rt: Runtime): MiddlewareHandler<NhnEnv> {
  return async (c, next) => {
    if (!matchedRoutes(c).some((r) => r.method !== 'ALL')) throw new NhnError(RESULT.NO_SUCH_API);
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('x-nhn-authorization') ?? '');
    const now = rt.now();
    const token = match?.[1] ? rt.store.tokens.get(digest(match[1])) : undefined;
    const key = token && rt.store.userAccessKeys.get(token.userAccessKeyID);
    const account = key && rt.store.accounts.get(key.ownerUuid);
    if (!token || !tokenActive(token, now) || key?.authStatus !== 'STABLE' || account?.state !== 'STABLE') {
      throw new NhnError(RESULT.TOKEN_INVALID);
    }
    const at = zuluDate(now);
    const touched = { ...token, lastAccessDatetime: at };
    const touchedKey = { ...key, lastTokenUsedDatetime: at };
    rt.store.transaction(() => {
      rt.store.tokens.put(token.hash, touched);
      rt.store.userAccessKeys.put(key.userAccessKeyID, touchedKey);
    });
    c.set('caller', { account, key: touchedKey, token: touched });
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL');
    const fault = route && rt.faults.get(`${route.method} ${route.path}`);
    if (fault !== undefined) throw new NhnError(fault);
    await next();
  };
}
