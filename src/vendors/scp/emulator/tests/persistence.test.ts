import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createScpEmulator } from '../index';
import { signedRequester } from '../testing/signed-client';
import { expectStatus } from '../testing/expect-error';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scp-emulator-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('persistence and the demo account', () => {
  it('keeps state and the bootstrap credential across restarts, seeding only once', async () => {
    const file = path.join(dir, 'scp.sqlite');
    const first = createScpEmulator({ file, seed: true });
    const users = first.store.users.count();
    expect(users).toBeGreaterThanOrEqual(25);
    expectStatus(
      await signedRequester(first)('POST', '/v1/groups', { body: { name: 'Survivors', description: null } }),
      201,
    );
    const demo = first.demo;
    first.close();
    const second = createScpEmulator({ file, seed: true });
    expect(second.demo).toEqual(demo);
    expect(second.store.users.count()).toBe(users);
    const groups = (await signedRequester(second)('GET', '/v1/groups?name=Survivors')).json as {
      count: number;
    };
    expect(groups.count).toBe(1);
    second.close();
  });

  it('fixes the bootstrap credential when asked, and seeds nothing else without seed', async () => {
    const emu = createScpEmulator({
      seed: false,
      admin: { accessKey: 'AK-fixed-for-sdk-tests', secretKey: 'SK-fixed' },
    });
    expect(emu.demo.settings).toMatchObject({
      environment: 'emulator',
      accessKey: 'AK-fixed-for-sdk-tests',
      accountId: emu.accountId,
      apiVersion: '1.2',
      clientType: 'OpenApi',
    });
    expect(emu.demo.secrets).toEqual({ secretKey: 'SK-fixed' });
    expect(emu.store.users.count()).toBe(1);
    expect(emu.store.policies.list((p) => p.policy_type === 'SYSTEM_MANAGED').length).toBeGreaterThanOrEqual(
      4,
    );
    expectStatus(
      await signedRequester(emu)('GET', '/v1/endpoints', {
        as: { accessKey: 'AK-fixed-for-sdk-tests', secretKey: 'SK-fixed' },
      }),
      200,
    );
    emu.close();
  });

  it('seeds a demo account with every kind of resource, including an expired key', async () => {
    const emu = createScpEmulator({ seed: true });
    const send = signedRequester(emu);
    const count = async (p: string) => ((await send('GET', p)).json as { count: number }).count;
    expect(await count('/v1/groups')).toBeGreaterThanOrEqual(6);
    expect(await count('/v1/roles')).toBeGreaterThanOrEqual(4);
    expect(await count('/v1/policies?policy_type=USER_DEFINED')).toBeGreaterThanOrEqual(5);
    expect(await count('/v1/policies?policy_type=SYSTEM_MANAGED')).toBeGreaterThanOrEqual(4);
    expect(await count('/v1/saml-providers')).toBeGreaterThanOrEqual(1);
    const keys = (await send('GET', '/v1/access-keys?limit=100')).json as {
      access_keys: { expiration_timestamp: string; is_enabled: boolean }[];
    };
    expect(keys.access_keys.some((k) => Date.parse(k.expiration_timestamp) < Date.now())).toBe(true);
    expect(keys.access_keys.some((k) => !k.is_enabled)).toBe(true);
    expect(
      ((await send('GET', '/v1/service-accounts')).json as { service_accounts: unknown[] }).service_accounts
        .length,
    ).toBeGreaterThanOrEqual(3);
    emu.close();
  });
});
