import type { EngineOptions } from '../engine/options';
import { createRoleEmulator } from './index';

export type Envelope = {
  header: { isSuccessful: boolean; resultCode: number; resultMessage: string };
} & Record<string, unknown>;

/**
 * A test client over the emulator's fetch handler: `call` sends a request with the tenant's credentials and
 * returns the parsed envelope after asserting the vendor's constant HTTP 200.
 */
export async function roleTestClient(opts: { seed?: boolean; engine?: Partial<EngineOptions> } = {}) {
  const emulator = await createRoleEmulator({ seed: opts.seed ?? false, engine: opts.engine ?? {} });
  const { appKey, secretKey } = emulator.store.tenant();
  const raw = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await emulator.app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${method} ${path}`);
    return (await res.json()) as Envelope;
  };
  const call = (method: string, path: string, body?: unknown) =>
    raw(method, `/role/v3.0/appkeys/${appKey}${path}`, body, { 'X-Secret-Key': secretKey });
  /** Calls and fails the test unless the answer is a success. */
  const ok = async <T = Envelope>(method: string, path: string, body?: unknown): Promise<T & Envelope> => {
    const res = await call(method, path, body);
    if (!res.header.isSuccessful)
      throw new Error(`${method} ${path}: ${res.header.resultCode} ${res.header.resultMessage}`);
    return res as T & Envelope;
  };
  const code = async (method: string, path: string, body?: unknown) =>
    (await call(method, path, body)).header.resultCode;
  return {
    emulator,
    appKey,
    secretKey,
    raw,
    call,
    ok,
    code,
    close: () => {
      emulator.close();
    },
  };
}

export type RoleTestClient = Awaited<ReturnType<typeof roleTestClient>>;
