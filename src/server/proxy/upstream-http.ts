import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

export type UpstreamFailure =
  'unreachable' | 'connect-timeout' | 'timeout' | 'reset' | 'protocol' | 'aborted';

/** The upstream could not be used: no answer, a broken answer, or no answer in time. */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    readonly failure: UpstreamFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * What stops a request in flight. Narrower than AbortSignal on purpose: the proxy registers one per call,
 * and an EventTarget listener costs several microseconds to add and remove.
 */
export type StopSignal = {
  readonly aborted: boolean;
  /** Calls `listener` once if the request is stopped; the returned function unregisters it. */
  onAbort(listener: () => void): () => void;
};

/** An AbortSignal as a StopSignal, for callers off the hot path that have one anyway. */
export function stopSignalOf(signal: AbortSignal): StopSignal {
  return {
    get aborted() {
      return signal.aborted;
    },
    onAbort(listener) {
      signal.addEventListener('abort', listener, { once: true });
      return () => signal.removeEventListener('abort', listener);
    },
  };
}

export type UpstreamRequest = {
  method: string;
  /** Absolute URL; everything from the first slash after the host is sent byte for byte. */
  url: string;
  headers: Record<string, string>;
  body?: Buffer | Readable | undefined;
  signal?: StopSignal | undefined;
};

export type SmallResponse = { status: number; headers: IncomingMessage['headers']; body: Buffer };

function describe(err: NodeJS.ErrnoException): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const code = err.code ?? '';
  if (code.startsWith('HPE_'))
    return new UpstreamError('protocol', 'The vendor sent a malformed HTTP response.');
  if (code === 'ECONNRESET' || code === 'EPIPE' || err.message === 'socket hang up') {
    return new UpstreamError('reset', 'The vendor closed the connection without answering.');
  }
  if (code === 'ABORT_ERR' || err.name === 'AbortError')
    return new UpstreamError('aborted', 'The request was cancelled.');
  return new UpstreamError('unreachable', `The vendor could not be reached (${code || err.message}).`);
}

/** Splits an absolute URL without normalising its path or query (URL would re-encode them). */
function target(url: string): { origin: URL; path: string } {
  const hostStart = url.indexOf('://') + 3;
  const slash = url.indexOf('/', hostStart);
  const query = url.indexOf('?', hostStart);
  const cut =
    slash === -1 ? (query === -1 ? url.length : query) : query !== -1 && query < slash ? query : slash;
  const rest = url.slice(cut);
  return { origin: new URL(url.slice(0, cut)), path: rest.startsWith('/') ? rest : `/${rest}` };
}

/**
 * HTTP to vendors over keep-alive agents, with a connect timeout (TCP/TLS handshake), a total timeout up
 * to the response headers, and the same span as an idle timeout while bodies flow.
 */
export function createUpstreamHttp(opts: { connectTimeoutMs: number; timeoutMs: number }) {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 128 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 128 }),
  };

  function send(req: UpstreamRequest): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const { origin, path } = target(req.url);
      const secure = origin.protocol === 'https:';
      if (!secure && origin.protocol !== 'http:') {
        reject(new UpstreamError('unreachable', 'Only http and https upstreams are supported.'));
        return;
      }
      const out = (secure ? https : http).request({
        protocol: origin.protocol,
        hostname: origin.hostname.replace(/^\[|\]$/g, ''),
        port: origin.port || (secure ? 443 : 80),
        method: req.method,
        path,
        headers: req.headers,
        agent: agents[secure ? 'https:' : 'http:'],
        setHost: true,
      });
      let settled = false;
      // Body errors (e.g. over the size limit) reach the caller as they are.
      const fail = (err: Error) => {
        if (!settled) {
          settled = true;
          clearTimeout(total);
          reject(err);
        }
        out.destroy(err);
      };
      const total = setTimeout(() => {
        fail(new UpstreamError('timeout', `The vendor did not answer within ${opts.timeoutMs} ms.`));
      }, opts.timeoutMs);
      out.setTimeout(opts.timeoutMs, () => {
        fail(new UpstreamError('timeout', `The vendor stalled for ${opts.timeoutMs} ms.`));
      });
      out.on('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(() => {
          fail(
            new UpstreamError(
              'connect-timeout',
              `No connection to the vendor within ${opts.connectTimeoutMs} ms.`,
            ),
          );
        }, opts.connectTimeoutMs);
        socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      const onAbort = () => fail(new UpstreamError('aborted', 'The request was cancelled.'));
      if (req.signal?.aborted) onAbort();
      const unsubscribe = req.signal?.onAbort(onAbort);
      out.on('response', (res) => {
        settled = true;
        clearTimeout(total);
        if (unsubscribe) res.once('close', unsubscribe);
        resolve(res);
      });
      out.on('error', (err: NodeJS.ErrnoException) => {
        if (!settled) {
          settled = true;
          clearTimeout(total);
          reject(describe(err));
        }
      });
      const body = req.body;
      if (body === undefined) out.end();
      else if (Buffer.isBuffer(body)) out.end(body);
      else {
        body.on('error', (err) => fail(err));
        body.pipe(out);
      }
    });
  }

  /** A whole small exchange (logins, probes): the body is read up to `maxBytes`. */
  async function exchange(req: UpstreamRequest, maxBytes = 1024 * 1024): Promise<SmallResponse> {
    const res = await send(req);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res) {
        const buf = chunk as Buffer;
        size += buf.length;
        if (size > maxBytes) {
          res.destroy();
          throw new UpstreamError('protocol', 'The vendor answer is larger than expected.');
        }
        chunks.push(buf);
      }
    } catch (err) {
      throw describe(err as NodeJS.ErrnoException);
    }
    return { status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) };
  }

  return {
    send,
    exchange,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

export type UpstreamHttp = ReturnType<typeof createUpstreamHttp>;
