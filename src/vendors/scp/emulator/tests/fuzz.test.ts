import { afterAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../wire/common';
import { ALL_ROUTES } from '../app';
import { encodeSrn } from '../srn';
import { testEmulator } from '../testing/signed-client';

const { emu, send } = testEmulator({ seed: false });
afterAll(() => emu.close());

/** A small deterministic PRNG (mulberry32), so a failure replays. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = [
  'user_name',
  'password',
  'temporary_password',
  'policy_ids',
  'user_ids',
  'group_ids',
  'ids',
  'name',
  'description',
  'tags',
  'policy_name',
  'policy_version',
  'policy_document',
  'Statement',
  'Version',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'Condition',
  'Principal',
  'Sid',
  'max_session_duration',
  'assume_role_policy_document',
  'principals',
  'role_ids',
  'role_names',
  'is_enabled',
  'access_key_type',
  'duration',
  'parent_access_key_id',
  'passcode',
  'locale',
  'method',
  'add_ids',
  'remove_ids',
  'identity_type',
  'password_reuse_count',
  'user_id',
  'default_version_id',
  'excluded_policy_ids',
  'limit',
  'marker',
  'sort',
  'with_count',
  'account_id',
];
const STRINGS = [
  '',
  ' ',
  'a',
  'Allow',
  'Deny',
  'PERMANENT',
  'TEMPORARY',
  'GROUP',
  'USER',
  '*',
  'iam:*',
  '2024-07-01',
  'P1D',
  'PT99999H',
  '한글',
  '\u0000',
  '%2F',
  '../..',
  'x'.repeat(3000),
  '{"a":1}',
  'srn:e::1:::iam:user/u',
  '9999999999999999999',
];

function value(r: () => number, depth = 0): unknown {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  switch (Math.floor(r() * (depth > 2 ? 4 : 7))) {
    case 0:
      return null;
    case 1:
      return pick([0, -1, 1.5, 3600, 43201, 1e308, Number.MAX_SAFE_INTEGER]);
    case 2:
      return pick([true, false]);
    case 3:
      return pick(STRINGS);
    case 4:
      return Array.from({ length: Math.floor(r() * 3) }, () => value(r, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(r() * 5) }, () => [pick(FIELDS), value(r, depth + 1)]),
      );
  }
}

const PARAMS = [
  '0'.repeat(32),
  '%00%2F..%2F%E0%A4%A',
  encodeSrn('srn:e::1:kr-west1::vs:vm/x'),
  encodeSrn('not an srn:한글'),
];
const BODIES = (r: () => number): (string | undefined)[] => [
  '{',
  '[]',
  JSON.stringify(value(r)),
  JSON.stringify(value(r)),
  JSON.stringify(value(r)),
];

const show = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v).slice(0, 300));

function expectNoServerError(res: { status: number; json: unknown }, what: string): void {
  expect(res.status, `${what} → ${res.status} ${show(res.json)}`).toBeLessThan(500);
  if (res.status >= 400) expect(ErrorBody.safeParse(res.json).success, what).toBe(true);
}

describe('fuzz: malformed bodies, parameters, headers and signatures never yield a 500', () => {
  for (const route of ALL_ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      const r = prng(route.path.length * 31 + route.method.length);
      for (const param of PARAMS) {
        const path = route.path.replace(/:account_id/, emu.accountId).replace(/:\w+/g, param);
        // GET requests carry no body.
        for (const raw of route.method === 'GET' ? [undefined] : BODIES(r)) {
          const query =
            r() < 0.3
              ? `?page=${String(value(r))}&size=-1&sort=${encodeURIComponent(String(value(r)))}&limit=x&marker=%00&name=%E0%A4%A&types=,,`
              : '';
          const what = `${route.method} ${path}${query} ${raw?.slice(0, 80) ?? ''}`;
          expectNoServerError(
            await send(route.method, path + query, {
              ...(raw === undefined
                ? {}
                : {
                    raw,
                    headers: {
                      'Content-Type': r() < 0.8 ? 'application/json' : 'multipart/form-data; boundary=x',
                    },
                  }),
            }),
            what,
          );
        }
      }
    });
  }

  it('malformed auth headers', async () => {
    const garbage = [
      '',
      ' ',
      'x',
      '-1',
      '1e3',
      '00000000000000000000',
      'Bearer x',
      '\u00ff',
      '=',
      'A'.repeat(2000),
    ];
    for (const header of [
      'Scp-Accesskey',
      'Scp-Signature',
      'Scp-Timestamp',
      'Scp-ClientType',
      'Scp-AccountId',
      'Scp-Api-Version',
    ]) {
      for (const g of garbage) {
        const res = await send('GET', '/v1/groups', { tamper: (h) => ({ ...h, [header]: g }) });
        expectNoServerError(res, `${header}: ${g.slice(0, 20)}`);
        // An empty account id is what the official provider sends, and it is what was signed.
        const unchanged = header === 'Scp-AccountId' && g.trim() === '';
        if (header !== 'Scp-ClientType' && header !== 'Scp-Api-Version' && !unchanged)
          expect(res.status, `${header}: ${g.slice(0, 20)}`).toBe(401);
      }
    }
  });
});
