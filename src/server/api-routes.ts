import type { Hono } from 'hono';
import type { AppEnv } from './app-env';
import type { AppDeps } from './app';

/**
 * The one place where features attach their API routes, in order: authentication middleware first, then
 * the routes it guards. Anything not matched here falls through to the JSON 404.
 */
export function mountApiRoutes(_app: Hono<AppEnv>, _deps: AppDeps): void {
  // Features register here.
}
