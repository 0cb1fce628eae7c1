import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Context } from 'hono';
import type { AppEnv, SignedInOperator } from '../app-env';
import { auditRequest } from '../audit/from-request';
import type { ResolvedConnection } from '../connections/repo';
import { ProblemError } from '../problem';
import { auditBody, scrubText } from './audit-body';
import { BodyTooLarge, prepareBody, type PreparedBody } from './body';
import { sendAuthorized, type UpstreamAnswer } from './exchange';
import { browserResponseHeaders, upstreamRequestHeaders } from './headers';
import { checkTarget, PathRejected, shownPath, splitProxyTarget } from './path-check';
import type { ProxyService } from './service';
import { MaskFailed, maskAnswer } from './mask';
import { LoginFailed } from './token-cache';
import { KINDS_BY_ROLE } from './types';
import { UpstreamError } from './upstream-http';

/** Bodies up to this size are kept in memory so they can be replayed after a token refresh. */
const KEEP_BYTES = 256 * 1024;

type NodeBindings = { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;

/** The request target exactly as it arrived on the socket, before URL parsing collapsed `..` or `\`. */
function rawTarget(c: Context<AppEnv>): string {
  const incoming = (c.env as NodeBindings)?.incoming;
  if (incoming?.url !== undefined) return incoming.url;
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}

function requestBody(c: Context<AppEnv>): Readable | undefined {
  const incoming = (c.env as NodeBindings)?.incoming;
  if (incoming) return incoming;
  const body = c.req.raw.body;
  return body ? Readable.fromWeb(body as WebReadableStream) : undefined;
}

function signedIn(c: Context<AppEnv>): SignedInOperator {
  const operator = c.get('operator');
  if (!operator)
    throw new ProblemError(401, 'unauthenticated', 'Sign in first', 'The proxy needs a signed-in session.');
  return operator;
}

function failure(err: unknown, conn: ResolvedConnection, revoked: boolean): ProblemError {
  const secrets = Object.values(conn.secrets);
  const named = `Connection "${conn.name}"`;
  const extra = { connectionId: conn.id, connection: conn.name };
  if (err instanceof MaskFailed)
    return new ProblemError(
      502,
      'upstream-unmaskable',
      'Vendor answer refused',
      `${named}: ${err.message}`,
      extra,
    );
  if (err instanceof BodyTooLarge)
    return new ProblemError(413, 'payload-too-large', 'Request body too large', err.message, extra);
  if (err instanceof LoginFailed) {
    const status = err.reason === 'timeout' ? 504 : 502;
    return new ProblemError(
      status,
      'upstream-auth-failed',
      'Vendor sign-in failed',
      scrubText(`${named}: ${err.message}`, secrets),
      {
        ...extra,
        reason: err.reason,
        ...(err.vendorStatus === undefined ? {} : { vendorStatus: err.vendorStatus }),
      },
    );
  }
  if (err instanceof UpstreamError) {
    if (err.failure === 'aborted' && revoked) {
      return new ProblemError(
        410,
        'connection-deleted',
        'Connection deleted',
        `${named} was deleted while this request was running.`,
        extra,
      );
    }
    if (err.failure === 'timeout' || err.failure === 'connect-timeout') {
      return new ProblemError(504, 'upstream-timeout', 'Vendor timed out', `${named}: ${err.message}`, extra);
    }
    return new ProblemError(
      502,
      'upstream-unavailable',
      'Vendor unavailable',
      `${named}: ${err.message}`,
      extra,
    );
  }
  throw err;
}

/** `/api/proxy/:connectionId/*`: checks, authenticates and forwards one vendor call (DESIGN.md "Proxy"). */
export async function forward(c: Context<AppEnv>, svc: ProxyService): Promise<Response> {
  const started = performance.now();
  const operator = signedIn(c);
  const split = splitProxyTarget(rawTarget(c));
  if (!split || split.connectionId !== c.req.param('connectionId')) {
    throw new ProblemError(
      400,
      'path-rejected',
      'Path not allowed',
      'The request line does not name a connection and a vendor path.',
    );
  }
  let target;
  try {
    target = checkTarget(split.target);
  } catch (err) {
    if (err instanceof PathRejected)
      throw new ProblemError(400, 'path-rejected', 'Path not allowed', err.message);
    throw err;
  }
  const conn = await svc.resolve(split.connectionId);
  if (!conn)
    throw new ProblemError(
      404,
      'connection-not-found',
      'No such connection',
      'The connection does not exist (any more).',
    );
  const method = c.req.method;
  const matched = svc.match(conn.vendor, method, target);
  if (!matched) {
    throw new ProblemError(
      404,
      'route-not-allowed',
      'Not an allowed vendor call',
      `Tessera does not forward ${method} to this ${conn.vendor} path.`,
      {
        connectionId: conn.id,
      },
    );
  }
  const vendor = svc.vendor(conn.vendor);
  for (const [param, setting] of Object.entries(vendor.pinnedParams ?? {})) {
    if (matched.params[param] !== conn.settings[setting]) {
      throw new ProblemError(
        403,
        'pinned-parameter',
        'Outside this connection',
        `This connection only reaches its own ${param}.`,
      );
    }
  }
  const shown = shownPath(matched.route.path, target.path, matched.route.secretParams);
  if (shown !== target.path) c.set('logPath', `/api/proxy/${conn.id}${shown}`);
  const kind = matched.route.kind;
  const audit = (status: number, result: 'success' | 'failure' | 'denied', body?: unknown) =>
    kind === 'read'
      ? Promise.resolve()
      : auditRequest(c, svc.db, {
          action: `proxy.${kind}`,
          result,
          connectionId: conn.id,
          target: `${method} ${shown}`,
          status,
          durationMs: performance.now() - started,
          detail: { vendor: conn.vendor, route: matched.route.path, ...(body === undefined ? {} : { body }) },
        });
  if (!KINDS_BY_ROLE[operator.role].includes(kind)) {
    await audit(403, 'denied');
    throw new ProblemError(
      403,
      'forbidden',
      'Not allowed for your role',
      `A ${operator.role} cannot make ${kind} calls.`,
    );
  }

  const incoming = (c.env as NodeBindings)?.incoming;
  const headers = upstreamRequestHeaders(incoming?.headers ?? c.req.raw.headers, vendor.authHeaders);
  const mask = matched.route.mask;
  // Secrets are masked in the answer, which needs it uncompressed.
  if (mask) headers['accept-encoding'] = 'identity';
  const flight = svc.track(conn.id);
  (c.env as NodeBindings)?.outgoing?.once('close', () => flight.done());
  let body: PreparedBody = { kind: 'none' };
  let answer: UpstreamAnswer;
  try {
    if (method !== 'GET' && method !== 'HEAD') {
      const declared = headers['content-length'];
      body = await prepareBody(requestBody(c), {
        limit: svc.config.proxyBodyLimit,
        keepBytes: KEEP_BYTES,
        declaredLength: declared === undefined ? undefined : Number(declared),
      });
    }
    answer = await sendAuthorized(
      svc,
      conn,
      { method, url: conn.baseUrl + target.path + target.query, headers, body },
      flight.signal,
    );
    if (mask && method !== 'HEAD') answer = await maskAnswer(answer, mask);
  } catch (err) {
    flight.done();
    const problem = failure(err, conn, flight.revoked);
    c.get('log').warn('proxy call failed', {
      connectionId: conn.id,
      vendor: conn.vendor,
      problem: problem.code,
      status: problem.status,
    });
    if (problem.status === 413 && incoming) {
      // Give the client a moment to read the 413 and stop sending, then cut the upload rather than
      // draining gigabytes into the void.
      (c.env as NodeBindings)?.outgoing?.once('finish', () => {
        if (!incoming.complete) setTimeout(() => incoming.destroy(), 1000).unref();
      });
      c.header('Connection', 'close');
    }
    await audit(
      problem.status,
      'failure',
      auditBody(body, headers['content-type'] ?? '', Object.values(conn.secrets)),
    );
    throw problem;
  }
  await audit(
    answer.status,
    answer.status < 400 ? 'success' : 'failure',
    auditBody(body, headers['content-type'] ?? '', Object.values(conn.secrets)),
  );

  const responseHeaders = browserResponseHeaders(answer.headers);
  const noBody = method === 'HEAD' || answer.status === 204 || answer.status === 304;
  if (noBody || Buffer.isBuffer(answer.body)) {
    if (!Buffer.isBuffer(answer.body)) answer.body.resume();
    flight.done();
    const data = answer.body as Buffer;
    return new Response(
      noBody ? null : new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.length),
      {
        status: answer.status,
        headers: responseHeaders,
      },
    );
  }
  const stream = answer.body;
  stream.once('close', () => flight.done());
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    status: answer.status,
    headers: responseHeaders,
  });
}
