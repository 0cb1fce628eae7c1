import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from './index';
import { DEMO_CHECK_USER } from './seed-data';

type Emu = Awaited<ReturnType<typeof createEmulator>>;

async function call(emu: Emu, method: string, p: string, body?: unknown) {
  const res = await emu.app.request(`/role/v3.0/appkeys/${emu.demo.settings.appKey}${p}`, {
    method,
    headers: { 'X-Secret-Key': emu.demo.secrets.secretKey, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await res.json()) as Record<string, unknown> & { header: { resultCode: number } };
}

describe('NHN ROLE emulator lifecycle: demo tenant and persistence', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('exposes the demo connection as appKey setting and secretKey secret', async () => {
    const emu = await createEmulator({ seed: false });
    expect(Object.keys(emu.demo.settings)).toEqual(['appKey']);
    expect(Object.keys(emu.demo.secrets)).toEqual(['secretKey']);
    expect(emu.demo.settings.appKey).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(emu.demo.secrets.secretKey.length).toBeGreaterThanOrEqual(32);
    expect(emu.vendor).toBe('nhn-role');
    expect((await call(emu, 'POST', '/users/id', {})).totalItems).toBe(0);
    emu.close();
  });

  it('seeds a useful demo tenant: teams, a few dozen users, the console-guide check', async () => {
    const emu = await createEmulator({ seed: true });
    expect((await call(emu, 'POST', '/users/id', {})).totalItems).toBeGreaterThanOrEqual(24);
    expect((await call(emu, 'GET', '/scopes/id')).totalItems).toBeGreaterThanOrEqual(3);
    expect((await call(emu, 'GET', '/roles/id')).totalItems).toBeGreaterThanOrEqual(4);
    const check = await call(emu, 'POST', `/users/${DEMO_CHECK_USER}/authorizations/resources`, {
      resources: [
        {
          operationId: 'GET',
          resourcePath: '/board/v1.0/1',
          attributes: [{ attributeId: 'instance.name', attributeValue: 'GPU' }],
        },
      ],
    });
    expect(check.authorizations).toMatchObject([{ permission: true, resourceId: '{boardId}' }]);
    const histories = await call(emu, 'GET', `/users/${DEMO_CHECK_USER}/histories`);
    expect(histories.totalItems).toBe(2);
    emu.close();
  });

  it('keeps state and credentials in the file across restarts, and seeds only an empty store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nhn-role-'));
    dirs.push(dir);
    const file = path.join(dir, 'nhn-role.sqlite');
    const first = await createEmulator({ file, seed: true });
    await call(first, 'POST', '/scopes', { scopeId: 'kept' });
    await call(first, 'DELETE', `/users/${DEMO_CHECK_USER}`);
    const users = (await call(first, 'POST', '/users/id', {})).totalItems;
    const { demo } = first;
    first.close();
    const second = await createEmulator({ file, seed: true });
    expect(second.demo).toEqual(demo);
    expect((await call(second, 'GET', '/scopes/kept')).header.resultCode).toBe(0);
    expect((await call(second, 'POST', '/users/id', {})).totalItems).toBe(users);
    expect((await call(second, 'GET', `/users/${DEMO_CHECK_USER}`)).header.resultCode).toBe(14001);
    second.close();
  });

  it('pins the appKey and secret key when fixed credentials are given, even on an existing store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nhn-role-'));
    dirs.push(dir);
    const file = path.join(dir, 'nhn-role.sqlite');
    const generated = await createEmulator({ file, seed: false });
    generated.close();
    const pinned = await createEmulator({
      file,
      seed: false,
      adminId: 'SandboxAppKey01',
      adminSecret: 's3cret-Key',
    });
    expect(pinned.demo.settings).toEqual({ appKey: 'SandboxAppKey01' });
    expect(pinned.demo.secrets).toEqual({ secretKey: 's3cret-Key' });
    expect((await call(pinned, 'GET', '/config')).header.resultCode).toBe(0);
    pinned.close();
    await expect(createEmulator({ seed: false, adminId: 'has/slash', adminSecret: 'x' })).rejects.toThrow(
      /appKey/,
    );
  });
});
