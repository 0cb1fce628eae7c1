import { Hono, type MiddlewareHandler } from 'hono';
import { RESULT, RoleError, resultHeader } from './result';
import type { HandlerContext } from './http';
import { attributeRoutes } from './handlers/attributes';
import { attributeLinkRoutes } from './handlers/attribute-links';
import { checkRoutes } from './handlers/checks';
import { configRoutes } from './handlers/config';
import { hierarchyRoutes } from './handlers/hierarchy';
import { operationRoutes } from './handlers/operations';
import { resourceAuthorizationRoutes } from './handlers/resource-authorizations';
import { resourceRoutes } from './handlers/resources';
import { roleRelationRoutes } from './handlers/role-relations';
import { roleSearchRoutes } from './handlers/role-search';
import { roleRoutes } from './handlers/roles';
import { scopeRoutes } from './handlers/scopes';
import { userQueryRoutes } from './handlers/user-queries';
import { userRoutes } from './handlers/users';

export const API_BASE = '/role/v3.0/appkeys/:appKey';

/**
 * The appKey in the path names the tenant and X-Secret-Key must be its secret; anything else is answered
 * like every other failure, HTTP 200 with resultCode 401.
 */
function authenticate(ctx: HandlerContext): MiddlewareHandler {
  return async (c, next) => {
    const tenant = ctx.store.tenant();
    if (c.req.param('appKey') !== tenant.appKey || c.req.header('X-Secret-Key') !== tenant.secretKey) {
      return c.json({ header: resultHeader(RESULT.UNAUTHORIZED) });
    }
    await next();
    return undefined;
  };
}

export function createApp(ctx: HandlerContext): Hono {
  const app = new Hono();
  app.use(`${API_BASE}/*`, authenticate(ctx));
  // Literal segments (/users/id, /roles/tags/id, ...) are registered inside each module before {id} routes.
  for (const routes of [
    userQueryRoutes,
    userRoutes,
    checkRoutes,
    roleSearchRoutes,
    roleRoutes,
    roleRelationRoutes,
    scopeRoutes,
    hierarchyRoutes,
    resourceAuthorizationRoutes,
    resourceRoutes,
    operationRoutes,
    attributeLinkRoutes,
    attributeRoutes,
    configRoutes,
  ]) {
    app.route(API_BASE, routes(ctx));
  }
  app.notFound((c) => c.json({ header: resultHeader(RESULT.NOT_FOUND) }, ctx.options.unknownRouteHttpStatus));
  app.onError((err, c) => {
    if (err instanceof RoleError) return c.json({ header: err.header(ctx.options.legacyResultCodes) });
    return c.json({ header: resultHeader(RESULT.SERVER_ERROR) });
  });
  return app;
}
