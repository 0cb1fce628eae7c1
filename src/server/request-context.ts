import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import type { Logger } from './log';
import { requestHeader } from './node-request';

const CLIENT_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (kept from the client when well-formed) and a logger that carries it. */
export function requestContext(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = requestHeader(c, 'x-request-id');
    const requestId = incoming && CLIENT_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    const reqLog = log.child({ requestId });
    c.set('log', reqLog);
    const started = performance.now();
    try {
      await next();
    } finally {
      c.res.headers.set('X-Request-Id', requestId);
      reqLog.info('request', {
        method: c.req.method,
        path: c.get('logPath') ?? c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  };
}
