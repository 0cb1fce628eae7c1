import { SESSION_COOKIE } from '../auth/cookies';

/** The session cookie a response set, as a Cookie header value, or undefined. */
export function sessionCookieFrom(res: Response): string | undefined {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    if (pair?.startsWith(`${SESSION_COOKIE}=`) && pair.length > SESSION_COOKIE.length + 1) return pair;
  }
  return undefined;
}

export type HttpSignIn = {
  res: Response;
  body: unknown;
  cookie: string | undefined;
  csrfToken: string | undefined;
};

/** Posts the password step of sign-in as a browser on `url` would. */
export async function postSignIn(url: string, username: string, password: string): Promise<HttpSignIn> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password }),
  });
  const body: unknown = await res.json();
  const b = body as { csrfToken?: string; session?: { csrfToken?: string } };
  return { res, body, cookie: sessionCookieFrom(res), csrfToken: b.session?.csrfToken ?? b.csrfToken };
}

/** Posts the TOTP (or recovery code) step with the pending session's cookie and CSRF token. */
export async function postMfaStep(
  url: string,
  pending: { cookie: string | undefined; csrfToken: string | undefined },
  body: { code: string } | { recoveryCode: string },
): Promise<HttpSignIn> {
  const res = await fetch(`${url}/api/session/mfa`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: url,
      cookie: pending.cookie ?? '',
      'x-csrf-token': pending.csrfToken ?? '',
    },
    body: JSON.stringify(body),
  });
  const parsed: unknown = await res.json();
  const b = parsed as { session?: { csrfToken?: string } };
  return { res, body: parsed, cookie: sessionCookieFrom(res), csrfToken: b.session?.csrfToken };
}

/** A request with an explicit cookie and CSRF token, for tests that juggle several sessions. */
export function sessionFetch(
  url: string,
  session: { cookie: string | undefined; csrfToken: string | undefined },
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('origin', url);
  if (session.cookie) headers.set('cookie', session.cookie);
  if (session.csrfToken) headers.set('x-csrf-token', session.csrfToken);
  if (typeof init.body === 'string') headers.set('content-type', 'application/json');
  return fetch(url + path, { ...init, headers });
}

/**
 * Sends one request on its own connection (node:http, no keep-alive) and reads status and body. For
 * oversized bodies: the server answers 413 before reading them all and closes that connection, which
 * would break the next request if fetch's shared pool reused it.
 */
export async function isolatedRequest(
  url: string,
  opts: { method: string; headers: Record<string, string>; body: string },
): Promise<{ status: number; body: string }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method, headers: opts.headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may close before the whole body is written; the answer has arrived by then.
    req.on('error', (err) => (req.writableEnded ? undefined : reject(err)));
    req.end(opts.body);
  });
}
