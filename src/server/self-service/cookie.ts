import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config';

/** Distinct from the operator session cookie: a self-service session opens nothing of the console. */
export const SELF_SERVICE_COOKIE = 'tessera_self_service';
/** Sent only to the self-service API, never to the rest of /api. */
const COOKIE_PATH = '/api/self-service';

const options = (c: Context, config: Config) => ({
  httpOnly: true,
  sameSite: 'Strict' as const,
  path: COOKIE_PATH,
  secure: config.cookieSecure === true || new URL(c.req.url).protocol === 'https:',
});

export function setSelfServiceCookie(c: Context, config: Config, token: string): void {
  setCookie(c, SELF_SERVICE_COOKIE, token, options(c, config));
}

export function clearSelfServiceCookie(c: Context, config: Config): void {
  deleteCookie(c, SELF_SERVICE_COOKIE, options(c, config));
}

export function readSelfServiceCookie(c: Context): string | undefined {
  const value = getCookie(c, SELF_SERVICE_COOKIE);
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}
