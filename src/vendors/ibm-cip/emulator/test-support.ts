import type { Emulator } from '../../../emulator-kit/types';
import type { CipEmulatorOptions } from './config';
import { TokenResponseSchema } from '../wire';
import { createCipEmulator } from './index';

/** What a test sends: a form (repeated keys as arrays), a JSON value, raw text, or multipart data. */
export type Body = {
  form?: Record<string, string | string[]>;
  json?: unknown;
  text?: string;
  multipart?: FormData;
};

export type Reply = { status: number; body: unknown; headers: Headers };

export type TestCip = {
  emulator: Emulator;
  /** A valid bearer token for the demo API key. */
  token: string;
  call(method: string, path: string, body?: Body, headers?: Record<string, string>): Promise<Reply>;
  /** Same as call, without the Authorization header. */
  anonymous(method: string, path: string, body?: Body, headers?: Record<string, string>): Promise<Reply>;
  advance(ms: number): void;
  close(): void;
};

function encode(body: Body | undefined): { init: RequestInit; type?: string } {
  if (!body) return { init: {} };
  if (body.multipart) return { init: { body: body.multipart } };
  if (body.json !== undefined) return { init: { body: JSON.stringify(body.json) }, type: 'application/json' };
  if (body.text !== undefined) return { init: { body: body.text } };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(body.form ?? {}))
    for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  return { init: { body: params.toString() }, type: 'application/x-www-form-urlencoded' };
}

export async function startCip(opts: Partial<CipEmulatorOptions> = {}): Promise<TestCip> {
  let now = Date.UTC(2026, 0, 15, 12, 0, 0);
  const emulator = createCipEmulator({ seed: true, now: () => now, ...opts });
  const raw = async (
    method: string,
    path: string,
    body?: Body,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    const { init, type } = encode(body);
    const res = await emulator.app.request(path, {
      method,
      ...init,
      headers: { ...(type ? { 'Content-Type': type } : {}), ...headers },
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // a file or an empty body stays text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  const issued = await raw('POST', '/GmaApi/oauth/token', {
    form: {
      client_id: 'client-12345-12345',
      client_secret: 'secret-12345-12345',
      grant_type: 'client_credentials',
    },
  });
  const token = TokenResponseSchema.parse(issued.body).access_token;
  return {
    emulator,
    token,
    call: (method, path, body, headers = {}) =>
      raw(method, path, body, { Authorization: `Bearer ${token}`, ...headers }),
    anonymous: raw,
    advance: (ms) => {
      now += ms;
    },
    close: () => {
      emulator.close();
    },
  };
}
