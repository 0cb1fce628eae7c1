import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { OAuthErrorSchema, TokenResponseSchema } from '../wire';
import type { ApiKey, Ctx } from './config';
import { readInput } from './params';
import { send } from './respond';

/**
 * OAuth 2.0 client credentials, the way the vendor's Spring Security OAuth server behaves: the client sends
 * its id and secret as form fields (HTTP Basic is accepted too), a still-valid token of the same client is
 * handed out again with its remaining lifetime (hence the seed's `expires_in: 3599`), and every other route
 * wants `Authorization: Bearer <token>`.
 */
function oauthError(c: Context, status: ContentfulStatusCode, error: string, description: string): Response {
  if (status === 401)
    c.header(
      'WWW-Authenticate',
      `Bearer realm="oauth", error="${error}", error_description="${description}"`,
    );
  c.status(status);
  return send(c, OAuthErrorSchema, { error, error_description: description });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0
    ? undefined
    : { id: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
}

export function tokenHandler(ctx: Ctx) {
  return async (c: Context): Promise<Response> => {
    const input = await readInput(c);
    const basic = basicCredentials(c.req.header('authorization'));
    const clientId = input.get('client_id') ?? basic?.id;
    const clientSecret = input.get('client_secret') ?? basic?.secret;
    if (!clientId)
      return oauthError(
        c,
        401,
        'unauthorized',
        'An Authentication object was not found in the SecurityContext',
      );
    const key: ApiKey | undefined = ctx.config.apiKeys.find((k) => k.clientId === clientId);
    if (!key || clientSecret === undefined || !sameSecret(key.clientSecret, clientSecret)) {
      return oauthError(c, 401, 'invalid_client', 'Bad client credentials');
    }
    const grant = input.get('grant_type');
    if (!grant) return oauthError(c, 400, 'invalid_request', 'Missing grant type');
    if (grant !== 'client_credentials')
      return oauthError(c, 400, 'unsupported_grant_type', `Unsupported grant type: ${grant}`);
    const now = ctx.now();
    const live = ctx.store.accessTokens.list((t) => t.clientId === clientId && t.expiresAt > now).at(-1);
    const token = live ?? {
      token: randomUUID(),
      clientId,
      expiresAt: now + key.accessTokenValiditySeconds * 1000,
    };
    if (!live) {
      for (const t of ctx.store.accessTokens.list((t) => t.expiresAt <= now))
        ctx.store.accessTokens.delete(t.token);
      ctx.store.accessTokens.put(token.token, token);
    }
    // Spring reports the whole seconds left, so a fresh one-hour token says 3599.
    const expiresIn = Math.max(0, Math.ceil((token.expiresAt - now) / 1000) - 1);
    c.header('Cache-Control', 'no-store');
    return send(c, TokenResponseSchema, {
      access_token: token.token,
      token_type: 'bearer',
      expires_in: expiresIn,
    });
  };
}

export function requireBearer(ctx: Ctx): MiddlewareHandler {
  return async (c, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const token = m?.[1];
    if (!token)
      return oauthError(
        c,
        401,
        'unauthorized',
        'An Authentication object was not found in the SecurityContext',
      );
    const stored = ctx.store.accessTokens.get(token);
    if (
      !stored ||
      stored.expiresAt <= ctx.now() ||
      !ctx.config.apiKeys.some((k) => k.clientId === stored.clientId)
    ) {
      return oauthError(c, 401, 'invalid_token', `Invalid access token: ${token}`);
    }
    await next();
    return undefined;
  };
}
