import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config';

export const SESSION_COOKIE = 'tessera_session';

/** `Secure` when the browser reached us over HTTPS, or always when TESSERA_COOKIE_SECURE=1. */
function secure(c: Context, config: Config): boolean {
  return config.cookieSecure === true || new URL(c.req.url).protocol === 'https:';
}

/**
 * A browser-session cookie (no Max-Age): closing the browser ends it, and the server's idle and absolute
 * limits end it anyway. SameSite=Strict keeps it off every cross-site request.
 */
export function setSessionCookie(c: Context, config: Config, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: secure(c, config),
  });
}

export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: secure(c, config),
  });
}

export function readSessionCookie(c: Context): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  // A real token is 43 base64url characters; anything else is not worth a database lookup.
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}
