import type { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { forward } from './forward';
import type { ProxyService } from './service';

/** Mounts the vendor proxy; session, CSRF and Origin checks run before it, in the auth middleware. */
export function mountProxyRoutes(app: Hono<AppEnv>, svc: ProxyService): void {
  app.all('/api/proxy/:connectionId/*', (c) => forward(c, svc));
}
