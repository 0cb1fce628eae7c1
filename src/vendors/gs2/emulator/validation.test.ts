import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, call, start, type Running } from './test-support';

let r: Running;
let token: string;

beforeAll(async () => {
  r = await start();
  token = await adminToken(r);
  await call(r.url, 'POST', '/user', { token, body: { name: 'subject' } });
});
afterAll(() => r.close());

type Case = [label: string, method: string, path: string, body: unknown, status: number, key?: string];

const name128 = 'n'.repeat(128);
const badNames = [
  ' ',
  'a b',
  'a/b',
  'a:b',
  'a%b',
  'a?b',
  'a#b',
  'café',
  'emoji😀',
  ' lead',
  'trail ',
  'tab\t',
];

const cases: Case[] = [
  ['empty name', 'POST', '/user', { name: '' }, 400, 'identifier.user.name.error.require'],
  ['128-char name', 'POST', '/user', { name: name128 }, 200],
  ['129-char name', 'POST', '/user', { name: `${name128}x` }, 400, 'identifier.user.name.error.tooLong'],
  ['numeric name', 'POST', '/user', { name: 123 }, 400, 'identifier.user.name.error.invalid'],
  ['case differs from an existing name', 'POST', '/user', { name: 'Subject' }, 200],
  ...badNames.map((name): Case => [
    `name ${JSON.stringify(name)}`,
    'POST',
    '/user',
    { name },
    400,
    'identifier.user.name.error.invalid',
  ]),
  ['1024-char description', 'POST', '/user', { name: 'desc-ok', description: 'd'.repeat(1024) }, 200],
  [
    '1025-char description',
    'POST',
    '/user',
    { name: 'desc-long', description: 'd'.repeat(1025) },
    400,
    'identifier.user.description.error.tooLong',
  ],
  [
    'description not a string',
    'POST',
    '/user',
    { name: 'desc-num', description: 5 },
    400,
    'identifier.user.description.error.invalid',
  ],
  [
    'update with 1025-char description',
    'PUT',
    '/user/subject',
    { description: 'd'.repeat(1025) },
    400,
    'identifier.user.description.error.tooLong',
  ],
  [
    'policy description 1025',
    'POST',
    '/securityPolicy',
    { name: 'p', description: 'd'.repeat(1025), policy: '{}' },
    400,
    'identifier.securityPolicy.description.error.tooLong',
  ],
  [
    'policy name with slash',
    'POST',
    '/securityPolicy',
    { name: 'a/b', policy: '{}' },
    400,
    'identifier.securityPolicy.name.error.invalid',
  ],
  ['limit 1', 'GET', '/user?limit=1', undefined, 200],
  ['limit 1000', 'GET', '/user?limit=1000', undefined, 200],
  ...['0', '1001', '-1', 'abc', '1.5', '1e3', '99999999999999999999'].map((v): Case => [
    `limit ${v}`,
    'GET',
    `/user?limit=${v}`,
    undefined,
    400,
    'identifier.user.limit.error.invalid',
  ]),
  [
    'pageToken 1025 chars',
    'GET',
    `/user?pageToken=${'t'.repeat(1025)}`,
    undefined,
    400,
    'identifier.user.pageToken.error.tooLong',
  ],
  [
    'pageToken garbage',
    'GET',
    '/user?pageToken=%00%01',
    undefined,
    400,
    'identifier.user.pageToken.error.invalid',
  ],
  [
    'clientId 257 chars',
    'GET',
    `/user/subject/identifier/${'c'.repeat(257)}`,
    undefined,
    400,
    'identifier.identifier.clientId.error.tooLong',
  ],
  [
    'userName 129 chars in a path',
    'GET',
    `/user/${name128}x`,
    undefined,
    400,
    'identifier.user.userName.error.tooLong',
  ],
  [
    'login client_id 257',
    'POST',
    '/projectToken/login',
    { client_id: 'c'.repeat(257), client_secret: 's' },
    400,
    'identifier.projectToken.client_id.error.tooLong',
  ],
  [
    'login client_secret 101',
    'POST',
    '/projectToken/login',
    { client_id: 'c', client_secret: 's'.repeat(101) },
    400,
    'identifier.projectToken.client_secret.error.tooLong',
  ],
  [
    'login without body',
    'POST',
    '/projectToken/login',
    undefined,
    400,
    'identifier.projectToken.client_id.error.require',
  ],
  [
    'loginByUser otp of 5',
    'POST',
    '/projectToken/login/user',
    { userName: 'subject', password: 'p', otp: '12345' },
    400,
    'identifier.projectToken.otp.error.tooShort',
  ],
  [
    'loginByUser without password',
    'POST',
    '/projectToken/login/user',
    { userName: 'subject' },
    400,
    'identifier.projectToken.password.error.require',
  ],
  [
    'attach GRN over 1024',
    'POST',
    '/user/subject/securityPolicy',
    { securityPolicyId: `grn:${'g'.repeat(1024)}` },
    400,
    'identifier.attachSecurityPolicy.securityPolicyId.error.tooLong',
  ],
  ['JSON array body', 'POST', '/user', [1, 2], 400, 'identifier.request.body.error.invalid'],
];

describe('field limits and name rules (reference §5.2)', () => {
  it.each(cases)('%s', async (_label, method, path, body, status, key) => {
    const reply = await call(r.url, method, path, { token, ...(body === undefined ? {} : { body }) });
    expect(reply.status, JSON.stringify(reply.body)).toBe(status);
    if (key) expect(reply.errors?.[0]?.message).toBe(key);
  });

  it('keeps paging consistent when items are added and deleted between pages', async () => {
    for (let i = 0; i < 6; i++) await call(r.url, 'POST', '/user', { token, body: { name: `between-${i}` } });
    const first = await call(r.url, 'GET', '/user?limit=100', { token });
    const all = (first.body as { items: { name: string }[] }).items.map((u) => u.name);
    const start = all.indexOf('between-0');
    const page1 = await call(r.url, 'GET', `/user?limit=${start + 2}`, { token });
    const p1 = page1.body as { items: { name: string }[]; nextPageToken: string };
    expect(p1.items.at(-1)?.name).toBe('between-1');
    await call(r.url, 'DELETE', '/user/between-1', { token });
    await call(r.url, 'DELETE', '/user/between-3', { token });
    await call(r.url, 'POST', '/user', { token, body: { name: 'between-new' } });
    const page2 = await call(r.url, 'GET', `/user?limit=100&pageToken=${p1.nextPageToken}`, { token });
    expect((page2.body as { items: { name: string }[] }).items.map((u) => u.name)).toEqual([
      'between-2',
      'between-4',
      'between-5',
      'between-new',
    ]);
  });
});
