import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { scpSignatureMatches } from '../../../vendors/scp/signature';
import type { VendorId } from '../../../vendors/ids';

/** What a fake vendor saw of one request (after authentication was checked). */
export type SeenRequest = {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  bodyBytes: number;
};

/** A fault to act out instead of answering normally, for the next matching requests. */
export type Fault = 'hang' | 'reset' | 'garbage' | 'error500' | 'slow-body';

export type FakeCredentials = Record<string, string>;

/**
 * A loopback stand-in for one vendor that checks authentication the way the vendor does (GS2 and IBM
 * tokens, SCP signatures, NHN secret key and UAK tokens), records what it received and can misbehave on
 * request. The real emulators replace it where they exist; this one also knows how to fail.
 */
export async function startFakeVendor(
  vendor: VendorId,
  creds: FakeCredentials,
  opts: { tokenLifetimeS?: number } = {},
) {
  const tokens = new Map<string, number>();
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  let logins = 0;
  let failedLogins = 0;
  let fault: Fault | undefined;
  let lifetime = opts.tokenLifetimeS ?? 3600;
  let url = '';
  let stopReadingAt: number | undefined;

  const issue = () => {
    const token = randomBytes(16).toString('hex');
    tokens.set(token, Date.now() + lifetime * 1000);
    return token;
  };
  const tokenValid = (token: string | undefined) =>
    token !== undefined && (tokens.get(token) ?? 0) > Date.now();
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  };
  const nhnEnvelope = (res: ServerResponse, code: number, message: string) =>
    json(res, 200, { header: { isSuccessful: code === 0, resultCode: code, resultMessage: message } });

  /** Returns true when the request was answered here (a login, or a refusal). */
  function authenticate(req: IncomingMessage, res: ServerResponse, body: Buffer): boolean {
    const path = req.url ?? '';
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    switch (vendor) {
      case 'gs2': {
        if (req.method === 'POST' && path === '/projectToken/login') {
          logins++;
          const sent = JSON.parse(body.toString('utf8') || '{}') as {
            client_id?: string;
            client_secret?: string;
          };
          if (sent.client_id !== creds.clientId || sent.client_secret !== creds.clientSecret) {
            failedLogins++;
            json(res, 401, {
              message: JSON.stringify([
                { component: 'projectToken', message: 'identifier.projectToken.client.error.unauthorized' },
              ]),
            });
          } else
            json(res, 200, {
              access_token: issue(),
              token_type: 'Bearer',
              expires_in: lifetime,
              owner_id: 'owner-1',
            });
          return true;
        }
        if (!tokenValid(bearer)) {
          json(res, 401, {
            message: JSON.stringify([
              { component: 'projectToken', message: 'identifier.projectToken.token.error.expired' },
            ]),
          });
          return true;
        }
        return false;
      }
      case 'ibm-cip': {
        if (req.method === 'POST' && path === '/GmaApi/oauth/token') {
          logins++;
          const form = new URLSearchParams(body.toString('utf8'));
          if (form.get('grant_type') !== 'client_credentials')
            json(res, 400, { error: 'unsupported_grant_type', error_description: 'Unsupported grant type' });
          else if (
            form.get('client_id') !== creds.clientId ||
            form.get('client_secret') !== creds.clientSecret
          ) {
            failedLogins++;
            json(res, 401, { error: 'invalid_client', error_description: 'Bad client credentials' });
          } else json(res, 200, { access_token: issue(), token_type: 'bearer', expires_in: lifetime });
          return true;
        }
        if (!bearer)
          json(res, 401, {
            error: 'unauthorized',
            error_description: 'An Authentication object was not found in the SecurityContext',
          });
        else if (!tokenValid(bearer))
          json(res, 401, { error: 'invalid_token', error_description: `Invalid access token: ${bearer}` });
        else return false;
        return true;
      }
      case 'nhn-framework': {
        if (req.method === 'POST' && path === '/oauth2/token/create') {
          logins++;
          const expected = `Basic ${Buffer.from(`${creds.userAccessKeyId}:${creds.secretAccessKey}`).toString('base64')}`;
          if (req.headers.authorization !== expected) {
            failedLogins++;
            json(res, 401, { error: 'invalid_client', error_description: 'Invalid user access key' });
          } else
            json(res, 200, { access_token: issue(), token_type: 'Bearer', expires_in: String(lifetime) });
          return true;
        }
        const token = /^Bearer (.+)$/.exec(String(req.headers['x-nhn-authorization'] ?? ''))?.[1];
        if (!tokenValid(token)) {
          nhnEnvelope(res, 80007, 'Token is invalid or expired');
          return true;
        }
        return false;
      }
      case 'nhn-role': {
        const appKey = /^\/role\/v3\.0\/appkeys\/([^/]+)\//.exec(path)?.[1];
        if (appKey !== creds.appKey || req.headers['x-secret-key'] !== creds.secretKey) {
          nhnEnvelope(res, 401, 'invalid appkey, secretkey');
          return true;
        }
        return false;
      }
      case 'scp': {
        const h = req.headers;
        const ok =
          h['scp-accesskey'] === creds.accessKey &&
          scpSignatureMatches(
            {
              method: req.method ?? 'GET',
              url: `http://${h.host ?? ''}${path}`,
              timestamp: String(h['scp-timestamp'] ?? ''),
              accessKey: creds.accessKey ?? '',
              secretKey: creds.secretKey ?? '',
              accountId: String(h['scp-accountid'] ?? ''),
              clientType: String(h['scp-clienttype'] ?? ''),
            },
            String(h['scp-signature'] ?? ''),
          );
        if (!ok) {
          json(res, 401, {
            errors: [
              { status: 401, code: 'UNAUTHORIZED', title: 'Unauthorized', detail: 'Signature mismatch' },
            ],
          });
          return true;
        }
        return false;
      }
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (stopReadingAt === undefined || bytes <= stopReadingAt) chunks.push(chunk);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (authenticate(req, res, body)) return;
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        bodyBytes: bytes,
      });
      switch (fault) {
        case 'hang':
          return;
        case 'reset':
          req.socket.destroy();
          return;
        case 'garbage':
          req.socket.end('HTTP/1.1 banana\r\n\r\n\x00\x01');
          return;
        case 'error500':
          json(res, 500, {
            status: 500,
            code: 500,
            message: 'InternalError',
            developerMessage: 'upstream exploded',
          });
          return;
        case 'slow-body':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"partial":');
          return;
        default:
          json(
            res,
            200,
            { ok: true, method: req.method, url: req.url, bodyBytes: bytes },
            { 'set-cookie': 'vendor=1; Path=/' },
          );
      }
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    seen,
    get logins() {
      return logins;
    },
    get failedLogins() {
      return failedLogins;
    },
    setFault(next: Fault | undefined) {
      fault = next;
    },
    /** Every issued token stops working now, as if it had expired. */
    expireTokens() {
      for (const key of tokens.keys()) tokens.set(key, 0);
    },
    setTokenLifetime(seconds: number) {
      lifetime = seconds;
    },
    /** Keep at most this many body bytes per request in `seen` (the count stays exact). */
    keepBodyBytes(max: number | undefined) {
      stopReadingAt = max;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeVendor = Awaited<ReturnType<typeof startFakeVendor>>;
