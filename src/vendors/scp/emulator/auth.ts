import type { MiddlewareHandler } from 'hono';
import { scpSignatureMatches } from '../signature';
import { unauthorized } from './errors';
import { isExpired } from './handlers/access-key-expiry';
import type { Deps, ScpEnv } from './routing';
import { metaOf } from './store';

/** Path and raw query exactly as the request line carried them, for the signed URL. */
function pathAndQuery(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}

/**
 * SCP's request authentication. Checks, in order: the three headers are present; the timestamp is epoch
 * milliseconds within the allowed skew; the access key exists, is enabled and has not expired, and its owner is
 * active; the account id, when sent, is this account's; the signature matches. Every failure is a 401.
 */
export function authenticate(deps: Deps): MiddlewareHandler<ScpEnv> {
  return async (c, next) => {
    const accessKey = c.req.header('scp-accesskey');
    const signature = c.req.header('scp-signature');
    const timestamp = c.req.header('scp-timestamp');
    if (!accessKey || !signature || !timestamp) {
      throw unauthorized(
        'MISSING_CREDENTIALS',
        'Scp-Accesskey, Scp-Signature and Scp-Timestamp are required.',
      );
    }
    const now = deps.config.now();
    if (!/^\d{1,15}$/.test(timestamp))
      throw unauthorized('INVALID_TIMESTAMP', 'Scp-Timestamp must be Unix epoch milliseconds.');
    if (Math.abs(now - Number(timestamp)) > deps.config.timestampSkewMs) {
      throw unauthorized(
        'REQUEST_EXPIRED',
        `Scp-Timestamp is more than ${Math.round(deps.config.timestampSkewMs / 1000)} s away from the server clock (${now}).`,
      );
    }
    const key = deps.store.accessKeys.list((k) => k.access_key === accessKey)[0];
    if (!key) throw unauthorized('INVALID_ACCESS_KEY', 'The access key does not exist.');
    if (!key.is_enabled) throw unauthorized('ACCESS_KEY_DISABLED', 'The access key is disabled.');
    if (isExpired(key.expiration_timestamp, now))
      throw unauthorized('ACCESS_KEY_EXPIRED', `The access key expired at ${key.expiration_timestamp}.`);
    const user = deps.store.users.get(key.created_by);
    if (user?.state !== 'ACTIVE')
      throw unauthorized('INVALID_ACCESS_KEY', 'The owner of the access key is not an active user.');
    const accountId = c.req.header('scp-accountid') ?? '';
    if (accountId !== '' && accountId !== metaOf(deps.store).account_id)
      throw unauthorized('ACCOUNT_MISMATCH', 'Scp-AccountId is not the account of the access key.');
    const base = deps.config.publicBaseUrl ?? new URL(c.req.url).origin;
    const signed = {
      method: c.req.method,
      url: base + pathAndQuery(c.req.url),
      timestamp,
      accessKey,
      secretKey: key.secret_key,
      accountId,
      clientType: c.req.header('scp-clienttype') ?? '',
    };
    if (!scpSignatureMatches(signed, signature))
      throw unauthorized('SIGNATURE_MISMATCH', 'Scp-Signature does not match the request.');
    c.set('caller', { user, key });
    await next();
  };
}
