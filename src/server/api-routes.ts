import type { Hono } from 'hono';
import type { AppEnv } from './app-env';
import type { AppDeps } from './app';
import { originGuard, sessionGuard } from './auth/guards';
import { mountSessionRoutes } from './auth/session-routes';
import { mountSignInRoutes } from './auth/sign-in-routes';
import { mountProfileRoutes } from './auth/profile-routes';
import { mountOperatorRoutes } from './operators/operator-routes';
import { mountAuditRoutes } from './audit/audit-routes';
import { mountConnections } from './connections/feature';
import { mountSelfServiceRoutes } from './self-service/feature';

/**
 * The one place where features attach their API routes, in order: authentication middleware first, then
 * the routes it guards. Anything not matched here falls through to the JSON 404.
 */
export function mountApiRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  // Every write under /api (the proxy included) must come from a page of this origin.
  app.use('/api/*', originGuard);
  // Public: the password and TOTP steps of sign-in. Nothing else may be mounted above the session guard.
  mountSignInRoutes(app, deps);
  // Public too, for vendor users who are not operators: each route checks its own self-service session.
  mountSelfServiceRoutes(app, deps);
  // Everything below requires a signed-in operator, and a CSRF token for every write.
  app.use('/api/*', sessionGuard(deps));
  mountSessionRoutes(app, deps);
  mountProfileRoutes(app, deps);
  mountOperatorRoutes(app, deps);
  mountAuditRoutes(app, deps);
  // Connections API and the vendor proxy (/api/proxy/:connectionId/*); role checks per route and per route kind.
  mountConnections(app, deps);
  // Features register below; use requireRole(...) from ./auth/guards on each route.
}
