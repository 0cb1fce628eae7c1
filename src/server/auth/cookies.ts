import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config';
import { requestHeader } from '../node-request';

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

// A real token is 43 base64url characters; anything else is not worth a database lookup.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The first well-formed session token among the request's cookies (read on every API call, so kept lean). */
export function readSessionCookie(c: Context): string | undefined {
  const header = requestHeader(c, 'cookie');
  if (!header?.includes(SESSION_COOKIE)) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.length > 1 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (TOKEN.test(value)) return value;
  }
  return undefined;
}
