import { gzipSync } from 'node:zlib';
import { listen } from '../../../server/listen';
import { GS2_ERROR_STATUSES, decodeErrorBody, type Gs2ErrorStatus, type RequestError } from '../wire';
import { createGs2Emulator, type Gs2Emulator, type Gs2EmulatorOptions } from './index';

/** A running emulator on an ephemeral loopback port, with the status of every response it sent. */
export type Running = {
  emulator: Gs2Emulator;
  url: string;
  statuses: number[];
  /** Moves the emulator's clock; tests use it to expire tokens and step TOTP codes. */
  advance(ms: number): void;
  /** Stops the clock (mid-way through a TOTP step), so code windows do not drift while a test runs. */
  freeze(): void;
  close(): Promise<void>;
};

export async function start(opts: Gs2EmulatorOptions = {}): Promise<Running> {
  let offset = 0;
  let frozen: number | undefined;
  const emulator = createGs2Emulator({ testMode: true, ...opts, now: () => (frozen ?? Date.now()) + offset });
  const statuses: number[] = [];
  const server = await listen(
    async (req) => {
      const res = await emulator.app.fetch(req);
      statuses.push(res.status);
      return res;
    },
    '127.0.0.1',
    0,
  );
  return {
    emulator,
    url: server.url,
    statuses,
    advance: (ms) => (offset += ms),
    freeze: () => {
      frozen = Math.floor(Date.now() / 30_000) * 30_000 + 15_000;
    },
    close: async () => {
      await server.close();
      emulator.close();
    },
  };
}

export type Reply = { status: number; body: unknown; errors: RequestError[] | undefined; headers: Headers };

export type CallOptions = {
  token?: string;
  body?: unknown;
  rawBody?: string | Uint8Array;
  gzip?: boolean;
  headers?: Record<string, string>;
};

/** One request over real HTTP, shaped as GS2 SDKs send it (JSON, optionally gzip-compressed). */
export async function call(
  url: string,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  let body: string | Uint8Array | undefined =
    opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  if (body !== undefined && opts.gzip) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  const payload: BodyInit | undefined =
    body === undefined || typeof body === 'string' ? body : new Uint8Array(body);
  const res = await fetch(url + path, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: kept as text so the assertion shows what came back.
  }
  return { status: res.status, body: parsed, errors: decodeErrorBody(parsed), headers: res.headers };
}

export async function loginToken(url: string, clientId: string, clientSecret: string): Promise<string> {
  const reply = await call(url, 'POST', '/projectToken/login', {
    body: { client_id: clientId, client_secret: clientSecret },
  });
  const token = (reply.body as { access_token?: unknown }).access_token;
  if (reply.status !== 200 || typeof token !== 'string')
    throw new Error(`login failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return token;
}

export const adminToken = (r: Running) =>
  loginToken(r.url, r.emulator.admin.clientId, r.emulator.admin.clientSecret);

/** The current TOTP code of a user, from the test-mode hook. */
export async function currentCode(r: Running, userName: string): Promise<string> {
  const reply = await call(r.url, 'GET', `/__emulator/totp/${encodeURIComponent(userName)}`);
  const code = (reply.body as { code?: unknown }).code;
  if (typeof code !== 'string') throw new Error(`no TOTP code for ${userName}`);
  return code;
}

/** The message key of the first GS2 error in a reply (or a thrown SDK error array). */
export function errorKey(errors: unknown): string | undefined {
  return Array.isArray(errors) ? (errors[0] as RequestError | undefined)?.message : undefined;
}

/** What an SDK call's failure looked like: the HTTP status, the exception class GS2 SDKs map it to, and the key. */
export async function sdkFailure(
  r: Running,
  promise: Promise<unknown>,
): Promise<{ status: number; exception: string; key: string | undefined }> {
  try {
    await promise;
  } catch (thrown) {
    const status = r.statuses.at(-1) ?? 0;
    const exception =
      status in GS2_ERROR_STATUSES ? GS2_ERROR_STATUSES[status as Gs2ErrorStatus] : 'UnknownException';
    return { status, exception, key: errorKey(thrown) };
  }
  throw new Error('The SDK call succeeded where a failure was expected.');
}
