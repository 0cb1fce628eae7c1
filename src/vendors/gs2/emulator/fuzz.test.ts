import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GS2_ERROR_STATUSES, decodeErrorBody } from '../wire';
import { createGs2Emulator, type Gs2Emulator } from './index';
import { ROUTES } from './routes';

/** A small seeded generator, so a failure can be replayed with the same inputs. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const SEGMENTS = [
  'admin',
  'null',
  '',
  '%',
  '%zz',
  '%2F',
  '..',
  '%2e%2e',
  '.',
  'a'.repeat(300),
  'grn:gs2::x:identifier:securityPolicy:y',
  '😀',
  '%00',
  'common',
  "'; drop table docs; --",
  '<script>',
  '123',
];
const VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  'x',
  '',
  'a'.repeat(2000),
  [],
  [1],
  {},
  { a: { b: { c: [] } } },
  '{}',
  '0'.repeat(7),
  'null',
];
const FIELDS = [
  'name',
  'description',
  'policy',
  'password',
  'passcode',
  'otp',
  'securityPolicyId',
  'guardNamespaceId',
  'client_id',
  'client_secret',
  'userName',
  'contextStack',
  '__proto__',
  'constructor',
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const;

let emulator: Gs2Emulator;
let token: string;

beforeAll(async () => {
  emulator = createGs2Emulator({ seed: true });
  const res = await emulator.app.request('/projectToken/login', {
    method: 'POST',
    body: JSON.stringify({ client_id: emulator.admin.clientId, client_secret: emulator.admin.clientSecret }),
  });
  token = ((await res.json()) as { access_token: string }).access_token;
});
afterAll(() => {
  emulator.close();
});

describe('no request makes the emulator answer 500', () => {
  it('survives malformed paths, bodies, encodings and tokens', async () => {
    const { next, pick } = prng(20261122);
    const known = new Set([200, ...Object.keys(GS2_ERROR_STATUSES).map(Number)]);
    for (let i = 0; i < 400; i++) {
      const route = pick(ROUTES);
      const path =
        route.path.replace(/:[A-Za-z]+/g, () => pick(SEGMENTS)) +
        (next() < 0.3 ? `?limit=${String(pick(VALUES))}&pageToken=${String(pick(VALUES))}` : '');
      const method = next() < 0.8 ? route.method : pick(METHODS);
      const headers: Record<string, string> = {};
      const auth = next();
      if (auth < 0.7) headers.authorization = `Bearer ${token}`;
      else if (auth < 0.8) headers.authorization = `Bearer ${encodeURIComponent(pick(SEGMENTS))}`;
      else if (auth < 0.9) headers.authorization = pick(['Bearer', 'Bearer  ', 'Basic x', 'bearer null']);
      if (next() < 0.2) headers['x-gs2-dry-run'] = pick(['true', 'TRUE', 'yes', '']);
      let body: BodyInit | undefined;
      if (method === 'POST' || method === 'PUT') {
        const shape = next();
        if (shape < 0.6)
          body = JSON.stringify(
            Object.fromEntries(
              Array.from({ length: 1 + Math.floor(next() * 4) }, () => [pick(FIELDS), pick(VALUES)]),
            ),
          );
        else if (shape < 0.7) body = pick(['{', '[]', 'null', '"x"', '1', '{"a":', '\u0000']);
        else if (shape < 0.8) body = JSON.stringify(pick(VALUES));
        else if (shape < 0.9) {
          body = new Uint8Array(gzipSync(JSON.stringify({ [pick(FIELDS)]: pick(VALUES) })));
          headers['content-encoding'] = 'gzip';
        } else {
          body = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xff]);
          headers['content-encoding'] = pick(['gzip', 'br', 'deflate']);
        }
      }
      let url: string;
      try {
        url = new URL(path, 'http://emulator.test').toString();
      } catch {
        continue;
      }
      const res = await emulator.app.request(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const label = `${method} ${path} ${typeof body === 'string' ? body.slice(0, 80) : ''}`;
      expect(known.has(res.status), label).toBe(true);
      expect(res.status, label).not.toBe(500);
      const payload: unknown = await res.json();
      if (res.status !== 200) expect(decodeErrorBody(payload), label).toBeDefined();
    }
  });
});
