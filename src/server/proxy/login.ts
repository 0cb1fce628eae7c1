import type { ResolvedConnection } from '../connections/repo';
import { LoginFailed, type IssuedToken } from './token-cache';
import { UpstreamError, type SmallResponse } from './upstream-http';

/** The token cache key of a connection: a new revision (an edit) never reuses the old credentials' token. */
export const tokenKey = (conn: ResolvedConnection) => `${conn.id}:${conn.revision}`;

/** The vendor's own words from an error body, short and single-line, for the operator to read. */
export function vendorMessage(body: Buffer): string | undefined {
  let text = body.toString('utf8').slice(0, 4096);
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const header = json.header as Record<string, unknown> | undefined;
    const picked = [json.error_description, json.error, json.message, header?.resultMessage].find(
      (v) => typeof v === 'string' && v !== '',
    );
    if (typeof picked === 'string') text = picked;
  } catch {
    // Not JSON: the raw text is the best message there is.
  }
  const line = text.replace(/\s+/g, ' ').trim();
  return line ? line.slice(0, 200) : undefined;
}

/**
 * Turns a login answer into a token: 200 with `access_token` and `expires_in` (a number or a numeric
 * string, as NHN sends it). 400/401/403 mean the credentials were refused; anything else, the vendor failed.
 */
export function tokenFromResponse(res: SmallResponse, vendor: string): IssuedToken {
  if (res.status >= 200 && res.status < 300) {
    try {
      const json = JSON.parse(res.body.toString('utf8')) as { access_token?: unknown; expires_in?: unknown };
      const expires = Number(json.expires_in);
      if (
        typeof json.access_token === 'string' &&
        json.access_token !== '' &&
        Number.isFinite(expires) &&
        expires > 0
      ) {
        return { token: json.access_token, expiresInSeconds: expires };
      }
    } catch {
      // falls through to the malformed-answer error
    }
    throw new LoginFailed(`${vendor} answered the login without a usable token.`, 'unavailable', res.status);
  }
  const said = vendorMessage(res.body);
  const suffix = said ? `: ${said}` : '';
  if (res.status === 400 || res.status === 401 || res.status === 403) {
    throw new LoginFailed(
      `${vendor} refused the connection's credentials (${res.status}${suffix}).`,
      'rejected',
      res.status,
    );
  }
  throw new LoginFailed(`${vendor} could not log in (${res.status}${suffix}).`, 'unavailable', res.status);
}

/** Runs a login exchange, turning transport failures into a LoginFailed the token cache can remember. */
export async function loginExchange<T>(vendor: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof UpstreamError) {
      const reason =
        err.failure === 'timeout' || err.failure === 'connect-timeout' ? 'timeout' : 'unavailable';
      throw new LoginFailed(`${vendor} login failed: ${err.message}`, reason);
    }
    throw err;
  }
}

/** Joins a base URL and an absolute path without doubling the slash. */
export const joinUrl = (base: string, path: string) => base.replace(/\/+$/, '') + path;
