import { Hono } from 'hono';
import type { Context } from 'hono';
import { OAuthError, TokenResponse } from '../../wire/oauth';
import type { OAuthErrorCode } from '../../wire/oauth';
import { zuluDate } from '../format';
import type { Runtime } from '../runtime';
import type { UserAccessKeyRecord } from '../store';
import { digest, digestMatches, issueToken } from './secrets';

class OAuthFailure extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly status: 400 | 401,
    description: string,
  ) {
    super(description);
  }
}

function oauthError(c: Context, failure: OAuthFailure): Response {
  if (failure.status === 401) c.header('WWW-Authenticate', 'Basic realm="oauth"');
  return c.json(
    OAuthError.parse({ error: failure.error, error_description: failure.message }),
    failure.status,
  );
}

/** The HTTP Basic client: `Base64(UserAccessKeyID:SecretAccessKey)` of a STABLE key of an active account. */
function authenticateClient(c: Context, rt: Runtime): UserAccessKeyRecord {
  const header = c.req.header('authorization') ?? '';
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 0)
    throw new OAuthFailure('invalid_client', 401, 'Client authentication with HTTP Basic is required.');
  const key = rt.store.userAccessKeys.get(decoded.slice(0, colon));
  if (!key || !digestMatches(decoded.slice(colon + 1), key.secretHash)) {
    throw new OAuthFailure('invalid_client', 401, 'Unknown User Access Key ID or wrong Secret Access Key.');
  }
  if (key.authStatus !== 'STABLE' || rt.store.accounts.get(key.ownerUuid)?.state !== 'STABLE') {
    throw new OAuthFailure(
      'invalid_client',
      401,
      `The User Access Key is ${key.authStatus === 'STABLE' ? 'not usable' : key.authStatus}.`,
    );
  }
  return key;
}

async function readForm(c: Context): Promise<Record<string, string>> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new OAuthFailure('invalid_request', 400, 'The body must be application/x-www-form-urlencoded.');
  }
  const form = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(form).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
  );
}

/** The OAuth token service: `POST /oauth2/token/create` and `POST /oauth2/token/revoke`. */
export function tokenService(rt: Runtime): Hono {
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof OAuthFailure) return oauthError(c, err);
    throw err;
  });

  app.post('/oauth2/token/create', async (c) => {
    const key = authenticateClient(c, rt);
    const form = await readForm(c);
    if (!form.grant_type) throw new OAuthFailure('invalid_request', 400, 'grant_type is required.');
    if (form.grant_type !== 'client_credentials')
      throw new OAuthFailure('unsupported_grant_type', 400, 'Only client_credentials is supported.');
    const now = rt.now();
    const { accessToken } = rt.store.transaction(() => {
      rt.store.userAccessKeys.put(key.userAccessKeyID, { ...key, lastUsedDatetime: zuluDate(now) });
      return issueToken(rt.store, key, now);
    });
    c.header('Cache-Control', 'no-store');
    return c.json(
      TokenResponse.parse({
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: key.tokenExpiryPeriod,
      }),
    );
  });

  app.post('/oauth2/token/revoke', async (c) => {
    const key = authenticateClient(c, rt);
    const form = await readForm(c);
    if (!form.token) throw new OAuthFailure('invalid_request', 400, 'token is required.');
    // RFC 7009: an unknown token, or one of another client, is answered 200 and left alone.
    const record = rt.store.tokens.get(digest(form.token));
    if (record?.userAccessKeyID === key.userAccessKeyID)
      rt.store.tokens.put(record.hash, { ...record, expired: true });
    return c.body(null, 200);
  });

  return app;
}
