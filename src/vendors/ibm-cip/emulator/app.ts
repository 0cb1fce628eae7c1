import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { CipErrorSchema, WrappedOkSchema } from '../wire';
import { requireBearer, tokenHandler } from './auth';
import type { Ctx } from './config';
import { CipError, fail, renderClassic, renderWrapped } from './errors';
import { groupRoutes } from './handlers/groups';
import { identityRoutes } from './handlers/identities';
import { kbaRoutes } from './handlers/kba';
import type { Routes } from './handlers/route';
import { serviceRelationRoutes } from './handlers/service-relations';
import { serviceRoutes } from './handlers/services';
import { ssBrandingRoutes } from './handlers/ss-branding';
import { ssContentRoutes } from './handlers/ss-content';
import { ssInstanceRoutes } from './handlers/ss-instances';
import { ssKbaRoutes } from './handlers/ss-kba';
import { ssNoticeRoutes } from './handlers/ss-notices';
import { ssOptionRoutes } from './handlers/ss-options';
import { ssRoleRoutes } from './handlers/ss-roles';
import { tokenRoutes } from './handlers/tokens';
import { userKbaRoutes } from './handlers/user-kba';
import { userPasswordRoutes } from './handlers/user-password';
import { userRoutes } from './handlers/users';

/** Order matters where a static segment and a parameter compete (`/groups/names` before `/groups/:name`). */
const ROUTES: Routes[] = [
  userRoutes,
  userKbaRoutes,
  userPasswordRoutes,
  kbaRoutes,
  groupRoutes,
  serviceRoutes,
  serviceRelationRoutes,
  ssOptionRoutes,
  ssInstanceRoutes,
  ssKbaRoutes,
  ssBrandingRoutes,
  ssContentRoutes,
  ssNoticeRoutes,
  ssRoleRoutes,
  tokenRoutes,
  identityRoutes,
];

/** The self-service and identities resources answer with status objects, errors included. */
const WRAPPED = /^\/GmaApi\/(ss|identities)\//;

function renderError(c: Context, err: CipError): Response {
  c.status(err.httpStatus);
  return c.json(
    WRAPPED.test(c.req.path)
      ? WrappedOkSchema.parse(renderWrapped(err))
      : CipErrorSchema.parse(renderClassic(err)),
  );
}

export function createApp(ctx: Ctx): Hono {
  const api = new Hono({ strict: true });
  api.post('/oauth/token', tokenHandler(ctx));
  api.use('*', requireBearer(ctx));
  for (const routes of ROUTES) routes(api, ctx);
  const app = new Hono({ strict: true });
  app.route('/GmaApi', api);
  app.notFound((c) => renderError(c, fail.route()));
  app.onError((err, c) => {
    if (err instanceof CipError) return renderError(c, err);
    if (err instanceof HTTPException && err.status < 500)
      return renderError(c, fail.invalid(err.message || 'Bad request'));
    // A fault of the emulator itself: the client sees the vendor's 500, the operator the stack.
    console.error('ibm-cip emulator:', err);
    return renderError(
      c,
      new CipError(500, 'InternalError', 'InternalErrorException', 'An unexpected error occurred'),
    );
  });
  return app;
}
