import { NEVER_EXPIRES } from '../../wire/access-keys';
import { scpSignedHeaders } from '../../signature';
import { stampsAt } from '../bootstrap';
import { newId, newSecret } from '../ids';
import type { AccessKeyRec } from '../records';
import { createScpEmulator, type ScpEmulator, type ScpEmulatorOptions } from '../index';

export const TEST_BASE = 'http://iam.scp.test';

export type Credential = {
  accessKey: string;
  secretKey: string;
};

export type SendOptions = {
  body?: unknown;
  /** Raw body text, sent as is (malformed JSON, multipart). */
  raw?: BodyInit;
  headers?: Record<string, string>;
  version?: string;
  as?: Credential;
  /** Applied to the signed headers before sending, to forge or drop them. */
  tamper?: (h: Record<string, string>) => Record<string, string>;
};

export type TestResponse = {
  status: number;
  json: unknown;
  headers: Headers;
};

/** Signs like the official SDK: METHOD + absolute URL (raw query) + timestamp + key + account id + client type. */
export function signedRequester(emu: ScpEmulator, base = TEST_BASE) {
  return async (method: string, path: string, opts: SendOptions = {}): Promise<TestResponse> => {
    const url = base + path;
    const cred = opts.as ?? emu.admin;
    let headers: Record<string, string> = {
      ...scpSignedHeaders({
        method,
        url,
        accessKey: cred.accessKey,
        secretKey: cred.secretKey,
        timestamp: String(emu.config.now()),
        apiVersion: opts.version ?? '1.2',
      }),
      ...(opts.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...opts.headers,
    };
    if (opts.tamper) headers = opts.tamper(headers);
    const body = opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined);
    const res = await emu.app.request(url, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: res.status, json, headers: res.headers };
  };
}

export type Requester = ReturnType<typeof signedRequester>;

/** A seeded in-memory emulator and a signed requester for the bootstrap admin. */
export function testEmulator(opts: ScpEmulatorOptions = {}): { emu: ScpEmulator; send: Requester } {
  const emu = createScpEmulator({ seed: true, ...opts });
  return { emu, send: signedRequester(emu) };
}

/** A permanent access key for any user, written straight to the store (the API only makes the caller's own). */
export function keyFor(
  emu: ScpEmulator,
  userId: string,
  fields: Partial<AccessKeyRec> = {},
): Credential & { id: string } {
  const stamps = stampsAt(emu.config.now(), userId);
  const rec: AccessKeyRec = {
    id: newId(),
    access_key: newId(),
    secret_key: newSecret(),
    access_key_type: 'PERMANENT',
    description: null,
    is_enabled: true,
    expiration_timestamp: NEVER_EXPIRES,
    parent_access_key_id: null,
    ...stamps,
    ...fields,
  };
  emu.store.accessKeys.put(rec.id, rec);
  return { id: rec.id, accessKey: rec.access_key, secretKey: rec.secret_key };
}
