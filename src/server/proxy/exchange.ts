import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { ResolvedConnection } from '../connections/repo';
import { peekBody, type PreparedBody } from './body';
import { tokenKey } from './login';
import type { ProxyService } from './service';
import type { StopSignal } from './upstream-http';

/** Enough to hold any vendor's "token expired" answer, small enough to cost nothing. */
const PEEK_BYTES = 64 * 1024;

export type UpstreamAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer | Readable };

/**
 * Sends one request with the vendor's authentication. When the answer says the token was refused, the
 * token is dropped, one fresh login is made (shared with concurrent requests) and the request is sent
 * once more — only if its body was small enough to keep; a streamed upload cannot be replayed.
 */
export async function sendAuthorized(
  svc: ProxyService,
  conn: ResolvedConnection,
  req: { method: string; url: string; headers: Record<string, string>; body: PreparedBody },
  signal: StopSignal,
): Promise<UpstreamAnswer> {
  const vendor = svc.vendor(conn.vendor);
  const body = req.body;
  const attempt = async () => {
    const out = { method: req.method, url: req.url, headers: { ...req.headers } };
    if (body.kind === 'buffer') out.headers['content-length'] = String(body.data.length);
    if (body.kind === 'none') delete out.headers['content-length'];
    if (vendor.inspectsBody) out.headers['accept-encoding'] = 'identity';
    const { token } = await vendor.authorize(conn, out, { tokens: svc.tokens, http: svc.http });
    const payload = body.kind === 'buffer' ? body.data : body.kind === 'stream' ? body.stream : undefined;
    const res = await svc.http.send({ ...out, body: payload, signal });
    return { res, token };
  };

  let { res, token } = await attempt();
  let payload: Buffer | Readable = res;
  if (token !== undefined && vendor.tokenRejected) {
    const status = res.statusCode ?? 502;
    let head: Buffer | undefined;
    if (vendor.inspectsBody || status === 401) {
      const peeked = await peekBody(res, PEEK_BYTES);
      head = peeked.head;
      payload = peeked.body;
    }
    if (vendor.tokenRejected(status, res.headers, head) && body.kind !== 'stream') {
      svc.tokens.reject(tokenKey(conn), token);
      if (!Buffer.isBuffer(payload)) payload.destroy();
      ({ res, token } = await attempt());
      payload = res;
    }
  }
  if (!Buffer.isBuffer(payload) && isSmall(res.headers)) payload = await readAll(payload);
  return { status: res.statusCode ?? 502, headers: res.headers, body: payload };
}

/** Answers of known, small size are read whole: answering with a buffer is much cheaper than a stream. */
const BUFFER_BYTES = 256 * 1024;
const isSmall = (headers: IncomingHttpHeaders) => {
  const length = Number(headers['content-length'] ?? NaN);
  return Number.isFinite(length) && length <= BUFFER_BYTES;
};

/** Plain events rather than `for await`: the async iterator costs a promise and a wrapper per chunk. */
function readAll(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
    // A stream destroyed before its end (an aborted upstream) must not leave the caller waiting.
    stream.once('close', () => {
      if (!stream.readableEnded) reject(stream.errored ?? new Error('The vendor answer was cut short.'));
    });
  });
}
