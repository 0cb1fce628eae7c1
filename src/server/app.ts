import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './app-env';
import type { Config } from './config';
import type { Logger } from './log';
import { problem, ProblemError } from './problem';
import { requestContext } from './request-context';
import { securityHeaders } from './security-headers';
import { mountApiRoutes } from './api-routes';
import { staticSpa } from './static-files';
import type { Store } from './store/open';

export type AppDeps = {
  config: Config;
  store: Store;
  log: Logger;
  /** Folder of the built SPA; when absent (dev, API tests) only the API is served. */
  clientDir?: string | undefined;
  dev?: boolean;
};

export const VERSION = '0.1.0';

/** Builds the console server: API routes under /api, the SPA for everything else. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config, store, log } = deps;
  const app = new Hono<AppEnv>();

  app.use('*', requestContext(log));
  app.use('*', securityHeaders({ dev: deps.dev ?? false }));
  const limitBody: MiddlewareHandler<AppEnv> = bodyLimit({
    maxSize: config.bodyLimit,
    onError: (cx) =>
      problem(
        cx,
        413,
        'payload-too-large',
        'Request body too large',
        `The limit is ${config.bodyLimit} bytes.`,
      ),
  });
  // The proxy streams bodies and enforces its own, larger limit. GET and HEAD carry no body here, and
  // asking for one would build a whole WHATWG Request for nothing.
  app.use('*', (c: Context<AppEnv, string>, next) =>
    c.req.method !== 'GET' &&
    c.req.method !== 'HEAD' &&
    c.req.path.startsWith('/api/') &&
    !c.req.path.startsWith('/api/proxy/')
      ? limitBody(c, next)
      : next(),
  );

  app.get('/api/health', async (c) => {
    await store.db.selectFrom('tessera_meta').select('key').limit(1).execute();
    return c.json({ status: 'ok', version: VERSION, store: store.dialect });
  });

  mountApiRoutes(app, deps);

  app.all('/api/*', (c) =>
    problem(c, 404, 'not-found', 'Not found', `No API route for ${c.req.method} ${c.req.path}.`),
  );

  if (deps.clientDir) app.use('*', staticSpa(deps.clientDir));
  app.notFound((c) => problem(c, 404, 'not-found', 'Not found', `Nothing at ${c.req.path}.`));

  app.onError((err, c) => {
    if (err instanceof ProblemError)
      return problem(c, err.status, err.code, err.title, err.detail, err.extra);
    if (err instanceof HTTPException)
      return problem(c, err.status, 'http-error', err.message || 'Request failed');
    c.get('log').error('unhandled error', {
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    return problem(
      c,
      500,
      'internal',
      'Internal error',
      'Something went wrong on the server; the request id identifies it in the logs.',
    );
  });
  return app;
}
