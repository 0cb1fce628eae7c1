import { afterAll, describe, expect, it } from 'vitest';
import { listen } from '../../../server/listen';
import { scpSignedHeaders } from '../signature';
import { ErrorBody } from '../wire/common';
import { createScpEmulator } from './index';
import { must } from './testing/expect-error';
import { keyFor, signedRequester, testEmulator, TEST_BASE } from './testing/signed-client';

const { emu, send } = testEmulator({ seed: false });
afterAll(() => emu.close());

function expectError(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = ErrorBody.parse(res.json);
  expect(body.errors[0]).toMatchObject({ status, code });
}

describe('request authentication', () => {
  it('accepts a request signed like the official SDK', async () => {
    expect((await send('GET', '/v1/endpoints')).status).toBe(200);
  });

  it.each(['Scp-Accesskey', 'Scp-Signature', 'Scp-Timestamp'])(
    'refuses a request without %s',
    async (header) => {
      const res = await send('GET', '/v1/groups', {
        tamper: (h) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== header)),
      });
      expectError(res, 401, 'MISSING_CREDENTIALS');
    },
  );

  it('refuses a wrong signature, a wrong secret and a signature over another URL', async () => {
    expectError(
      await send('GET', '/v1/groups', {
        tamper: (h) => ({ ...h, 'Scp-Signature': 'AAAA' + must(h['Scp-Signature']).slice(4) }),
      }),
      401,
      'SIGNATURE_MISMATCH',
    );
    expectError(
      await send('GET', '/v1/groups', {
        as: { accessKey: emu.admin.accessKey, secretKey: 'not-the-secret' },
      }),
      401,
      'SIGNATURE_MISMATCH',
    );
    const other = scpSignedHeaders({
      method: 'GET',
      url: `${TEST_BASE}/v1/roles`,
      accessKey: emu.admin.accessKey,
      secretKey: emu.admin.secretKey,
      timestamp: String(emu.config.now()),
    });
    expectError(
      await send('GET', '/v1/groups', { tamper: (h) => ({ ...h, 'Scp-Signature': other['Scp-Signature'] }) }),
      401,
      'SIGNATURE_MISMATCH',
    );
  });

  it('signs the method and the raw query string', async () => {
    const signedForPost = scpSignedHeaders({
      method: 'POST',
      url: `${TEST_BASE}/v1/groups`,
      accessKey: emu.admin.accessKey,
      secretKey: emu.admin.secretKey,
      timestamp: String(emu.config.now()),
    });
    expectError(
      await send('GET', '/v1/groups', { tamper: (h) => ({ ...h, ...signedForPost }) }),
      401,
      'SIGNATURE_MISMATCH',
    );
    expect((await send('GET', '/v1/groups?page=0&size=20&sort=created_at%3Adesc')).status).toBe(200);
  });

  it('refuses a timestamp outside the skew window or not in epoch milliseconds', async () => {
    const at = (ms: number) => (h: Record<string, string>) => {
      const signed = scpSignedHeaders({
        method: 'GET',
        url: `${TEST_BASE}/v1/groups`,
        accessKey: emu.admin.accessKey,
        secretKey: emu.admin.secretKey,
        timestamp: String(ms),
      });
      return { ...h, ...signed };
    };
    expectError(
      await send('GET', '/v1/groups', { tamper: at(emu.config.now() - 5 * 60_000 - 1_000) }),
      401,
      'REQUEST_EXPIRED',
    );
    expectError(
      await send('GET', '/v1/groups', { tamper: at(emu.config.now() + 6 * 60_000) }),
      401,
      'REQUEST_EXPIRED',
    );
    expect((await send('GET', '/v1/groups', { tamper: at(emu.config.now() - 4 * 60_000) })).status).toBe(200);
    expectError(
      await send('GET', '/v1/groups', { tamper: (h) => ({ ...h, 'Scp-Timestamp': '2024-05-17T00:23:17Z' }) }),
      401,
      'INVALID_TIMESTAMP',
    );
  });

  it('refuses an unknown, disabled or expired access key, and a key of an inactive user', async () => {
    expectError(
      await send('GET', '/v1/groups', { as: { accessKey: 'unknown', secretKey: 'x' } }),
      401,
      'INVALID_ACCESS_KEY',
    );
    const userId = emu.admin.userId;
    expectError(
      await send('GET', '/v1/groups', { as: keyFor(emu, userId, { is_enabled: false }) }),
      401,
      'ACCESS_KEY_DISABLED',
    );
    expectError(
      await send('GET', '/v1/groups', {
        as: keyFor(emu, userId, { expiration_timestamp: '2020-01-01T00:00:00Z' }),
      }),
      401,
      'ACCESS_KEY_EXPIRED',
    );
    const made = await send('POST', `/v1/accounts/${emu.accountId}/users`, {
      body: { user_name: 'gone', password: 'Password-123', temporary_password: false },
    });
    const id = (made.json as { id: string }).id;
    const key = keyFor(emu, id);
    emu.store.users.put(id, { ...must(emu.store.users.get(id)), state: 'INACTIVE' });
    expectError(await send('GET', '/v1/groups', { as: key }), 401, 'INVALID_ACCESS_KEY');
  });

  it('signs Scp-AccountId and refuses another account', async () => {
    const signed = (accountId: string) => (h: Record<string, string>) => ({
      ...h,
      ...scpSignedHeaders({
        method: 'GET',
        url: `${TEST_BASE}/v1/groups`,
        accessKey: emu.admin.accessKey,
        secretKey: emu.admin.secretKey,
        timestamp: String(emu.config.now()),
        accountId,
      }),
    });
    expect((await send('GET', '/v1/groups', { tamper: signed(emu.accountId) })).status).toBe(200);
    expectError(await send('GET', '/v1/groups', { tamper: signed('0'.repeat(32)) }), 401, 'ACCOUNT_MISMATCH');
  });

  it('serves the version document without a signature', async () => {
    const res = await emu.app.request(`${TEST_BASE}/`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { versions: { id: string; status: string }[] };
    expect(body.versions.map((v) => `${v.id} ${v.status}`)).toEqual([
      'v1.2 CURRENT',
      'v1.1 SUPPORTED',
      'v1.0 DEPRECATED',
    ]);
  });
});

describe('Scp-Api-Version', () => {
  it('accepts iam 1.0, 1.1, 1.2 and no header, and refuses anything else with a 400', async () => {
    for (const version of ['1.0', '1.1', '1.2'])
      expect((await send('GET', '/v1/groups', { version })).status).toBe(200);
    expect(
      (
        await send('GET', '/v1/groups', {
          tamper: (h) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'Scp-Api-Version')),
        })
      ).status,
    ).toBe(200);
    expectError(await send('GET', '/v1/groups', { version: '1.3' }), 400, 'UNSUPPORTED_API_VERSION');
    expectError(
      await send('GET', '/v1/groups', { tamper: (h) => ({ ...h, 'Scp-Api-Version': 'vpc 1.2' }) }),
      400,
      'UNSUPPORTED_API_VERSION',
    );
  });

  it('marks 1.0 deprecated and can refuse versions past their supported-until date', async () => {
    const res = await send('GET', '/v1/groups', { version: '1.0' });
    expect(res.headers.get('deprecation')).toBe('true');
    const strict = createScpEmulator({
      config: { enforceVersionSunset: true, now: () => Date.parse('2026-04-01T00:00:00Z') },
    });
    const s = signedRequester(strict);
    expectError(await s('GET', '/v1/groups', { version: '1.0' }), 400, 'UNSUPPORTED_API_VERSION');
    expect((await s('GET', '/v1/groups', { version: '1.1' })).status).toBe(200);
    strict.close();
  });
});

describe('over real HTTP', () => {
  it('verifies the absolute URL the client fetched, query included', async () => {
    const server = await listen(emu.app.fetch, '127.0.0.1', 0);
    try {
      const url = `${server.url}/v1/policies?policy_type=SYSTEM_MANAGED&sort=policy_name%3Adesc`;
      const headers = scpSignedHeaders({
        method: 'GET',
        url,
        accessKey: emu.admin.accessKey,
        secretKey: emu.admin.secretKey,
      });
      const ok = await fetch(url, { headers });
      expect(ok.status).toBe(200);
      const names = ((await ok.json()) as { policies: { policy_name: string }[] }).policies.map(
        (p) => p.policy_name,
      );
      expect(names).toEqual([...names].sort().reverse());
      const wrongHost = scpSignedHeaders({
        method: 'GET',
        url: url.replace('127.0.0.1', 'localhost'),
        accessKey: emu.admin.accessKey,
        secretKey: emu.admin.secretKey,
      });
      expect((await fetch(url, { headers: wrongHost })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('verifies against a configured public base URL instead of the Host', async () => {
    const pub = createScpEmulator({ config: { publicBaseUrl: 'https://iam.e.samsungsdscloud.com' } });
    const server = await listen(pub.app.fetch, '127.0.0.1', 0);
    try {
      const headers = scpSignedHeaders({
        method: 'GET',
        url: 'https://iam.e.samsungsdscloud.com/v1/endpoints',
        accessKey: pub.admin.accessKey,
        secretKey: pub.admin.secretKey,
      });
      const res = await fetch(`${server.url}/v1/endpoints`, { headers });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { endpoints: { url: string }[] }).endpoints[0]?.url).toBe(
        'https://iam.e.samsungsdscloud.com',
      );
    } finally {
      await server.close();
      pub.close();
    }
  });
});

describe('the demo connection', () => {
  it('authenticates a client that signs with exactly the demo settings and secret', async () => {
    const { settings, secrets } = emu.demo;
    const url = `${TEST_BASE}/v1/accounts/${settings.accountId ?? ''}/users?size=1`;
    const headers = scpSignedHeaders({
      method: 'GET',
      url,
      accessKey: settings.accessKey ?? '',
      secretKey: secrets.secretKey ?? '',
      accountId: settings.accountId ?? '',
      clientType: settings.clientType ?? '',
      apiVersion: settings.apiVersion ?? '',
    });
    expect(headers['Scp-ClientType']).toBe('OpenApi');
    expect((await emu.app.request(url, { headers })).status).toBe(200);
  });
});
