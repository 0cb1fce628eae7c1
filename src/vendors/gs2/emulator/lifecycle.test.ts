import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchEmulator } from '../../../emulator-kit/launch';
import { emulatorLoaders } from '../../../emulator-kit/registry';
import { totpCode } from '../../../lib/otp/totp';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from './seed-data';
import { createGs2Emulator } from './index';
import { adminToken, call, loginToken, start, type Running } from './test-support';

const dirs: string[] = [];
const running: Running[] = [];
const tempFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs2-emulator-'));
  dirs.push(dir);
  return path.join(dir, 'gs2.sqlite');
};

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function run(opts: Parameters<typeof start>[0]) {
  const r = await start(opts);
  running.push(r);
  return r;
}

describe('state and start-up', () => {
  it('keeps users, the bootstrap credential and issued tokens across a restart', async () => {
    const file = tempFile();
    const first = await run({ file });
    const token = await adminToken(first);
    await call(first.url, 'POST', '/user', { token, body: { name: 'survivor' } });
    const admin = first.emulator.admin;
    await first.close();
    running.splice(running.indexOf(first), 1);

    const second = await run({ file });
    expect(second.emulator.admin).toEqual(admin);
    expect((await call(second.url, 'GET', '/user/survivor', { token })).status).toBe(200);
    expect(second.emulator.ctx.meta().ownerId).toBe(first.emulator.ctx.meta().ownerId);
  });

  it('seeds the demo project only into an empty store', async () => {
    const file = tempFile();
    const first = await run({ file, seed: true });
    const token = await adminToken(first);
    const count = async (r: Running) =>
      ((await call(r.url, 'GET', '/user?limit=1000', { token })).body as { items: unknown[] }).items.length;
    expect(await count(first)).toBe(DEMO_USERS.length + 1);
    await call(first.url, 'DELETE', '/user/kenji.tanaka', { token });
    await first.close();
    running.splice(running.indexOf(first), 1);
    const second = await run({ file, seed: true });
    expect(await count(second)).toBe(DEMO_USERS.length);
  });

  it('gives the demo a few dozen users, policies, credentials and one user with MFA enabled', async () => {
    const r = await run({ seed: true });
    const token = await adminToken(r);
    expect(DEMO_USERS.length).toBeGreaterThanOrEqual(30);
    const policies = (await call(r.url, 'GET', '/securityPolicy', { token })).body as { items: unknown[] };
    expect(policies.items.length).toBeGreaterThanOrEqual(5);
    expect((await call(r.url, 'GET', '/user/ci-deployer/identifier', { token })).body).toMatchObject({
      items: [{ userName: 'ci-deployer' }, { userName: 'ci-deployer' }],
    });
    const mfa = DEMO_USERS.filter((u) => u.mfa === 'Enable');
    expect(mfa).toHaveLength(1);
    const name = mfa[0]?.name ?? '';
    expect((await call(r.url, 'GET', `/user/${name}/password/entity`, { token })).body).toMatchObject({
      item: { twoFactorAuthenticationSetting: { status: 'Enable' } },
    });
    const login = await call(r.url, 'POST', '/projectToken/login/user', {
      body: { userName: name, password: DEMO_PASSWORD, otp: totpCode(DEMO_TOTP_SECRET) },
    });
    expect(login.status).toBe(200);
    expect(r.emulator.demo).toEqual({
      name: 'GS2 demo project',
      settings: { region: 'ap-northeast-1', clientId: r.emulator.admin.clientId },
      secrets: { clientSecret: r.emulator.admin.clientSecret },
    });
  });

  it('accepts a fixed bootstrap credential and refuses one out of limits', async () => {
    const r = await run({ admin: { clientId: 'my-admin', clientSecret: 'my-secret' } });
    expect(await loginToken(r.url, 'my-admin', 'my-secret')).toBeTruthy();
    expect(() => createGs2Emulator({ admin: { clientId: 'x', clientSecret: 's'.repeat(101) } })).toThrow(
      /secret/,
    );
  });

  it('restores the bootstrap credential at start if it was deleted', async () => {
    const file = tempFile();
    const first = await run({ file });
    const token = await adminToken(first);
    await call(first.url, 'DELETE', `/user/admin/identifier/${first.emulator.admin.clientId}`, { token });
    await first.close();
    running.splice(running.indexOf(first), 1);
    const second = await run({ file });
    expect(await adminToken(second)).toBeTruthy();
  });

  it('resets to the first-start state through the test hook, and hides the hooks outside test mode', async () => {
    const r = await run({ seed: true });
    const token = await adminToken(r);
    await call(r.url, 'DELETE', '/user/mina.sato', { token });
    await call(r.url, 'POST', '/user', { token, body: { name: 'temporary' } });
    expect((await call(r.url, 'POST', '/__emulator/reset')).status).toBe(200);
    const fresh = await adminToken(r);
    expect((await call(r.url, 'GET', '/user/temporary', { token: fresh })).status).toBe(404);
    expect((await call(r.url, 'GET', '/user/mina.sato', { token: fresh })).status).toBe(200);

    const closed = await run({ testMode: false });
    expect((await call(closed.url, 'POST', '/__emulator/reset')).status).toBe(404);
    expect((await call(closed.url, 'GET', '/__emulator/totp/admin')).status).toBe(404);
  });

  it('lets tests switch policy enforcement off', async () => {
    const r = await run({ enforcePolicies: false });
    const token = await adminToken(r);
    await call(r.url, 'POST', '/user', { token, body: { name: 'powerless' } });
    const created = (await call(r.url, 'POST', '/user/powerless/identifier', { token, body: {} })).body as {
      item: { clientId: string };
      clientSecret: string;
    };
    const weak = await loginToken(r.url, created.item.clientId, created.clientSecret);
    expect((await call(r.url, 'GET', '/user', { token: weak })).status).toBe(200);
  });

  it('reads the bootstrap credential and test mode from the environment in the registry factory', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      TESSERA_GS2_ADMIN_ID: 'env-admin',
      TESSERA_GS2_ADMIN_SECRET: 'env-secret',
      TESSERA_EMULATOR_TEST_MODE: '1',
    });
    try {
      const factory = await emulatorLoaders.gs2?.();
      const emulator = await factory?.({ seed: false });
      expect(emulator?.demo.settings.clientId).toBe('env-admin');
      expect(emulator?.demo.secrets.clientSecret).toBe('env-secret');
      expect((await emulator?.app.request('/__emulator/reset', { method: 'POST' }))?.status).toBe(200);
      emulator?.close();
    } finally {
      for (const key of ['TESSERA_GS2_ADMIN_ID', 'TESSERA_GS2_ADMIN_SECRET', 'TESSERA_EMULATOR_TEST_MODE']) {
        if (key in saved) process.env[key] = saved[key];
        else Reflect.deleteProperty(process.env, key);
      }
    }
  });

  it('launches on its own port with its state file in the data directory', async () => {
    const dataDir = path.dirname(tempFile());
    const launched = await launchEmulator('gs2', { dataDir, seed: true });
    try {
      expect(fs.existsSync(path.join(dataDir, 'gs2.sqlite'))).toBe(true);
      const token = await loginToken(
        launched.url,
        launched.demo.settings.clientId ?? '',
        launched.demo.secrets.clientSecret ?? '',
      );
      expect((await call(launched.url, 'GET', '/user/mina.sato', { token })).status).toBe(200);
    } finally {
      await launched.close();
    }
  });

  it('is registered for the CLI and npm start', async () => {
    const load = emulatorLoaders.gs2;
    expect(load).toBeDefined();
    const factory = await load?.();
    const emulator = await factory?.({ seed: false });
    expect(emulator?.vendor).toBe('gs2');
    expect(Object.keys(emulator?.demo.settings ?? {})).toEqual(['region', 'clientId']);
    emulator?.close();
  });
});
