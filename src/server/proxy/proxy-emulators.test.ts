import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchEmulator, type RunningEmulator } from '../../emulator-kit/launch';
import { emulatorLoaders } from '../../emulator-kit/registry';
import type { VendorId } from '../../vendors/ids';
import { syncDemoConnections } from '../connections/demo';
import { openConnectionRepo } from '../connections/feature';
import type { ConnectionRepo } from '../connections/repo';
import { startTestServer, type TestClient, type TestServer } from '../testing/harness';
import { AccessKeyResponse, ListAccessKeyResponse } from '../../vendors/scp/wire/access-keys';
import { MASKED } from './mask';
import { vendorUpstreams } from './vendors';

/**
 * The whole chain over real HTTP: session cookie, Origin and CSRF checks of the console, the proxy, and
 * each vendor's authentication against the real emulator (every emulator registered so far).
 */
const vendors = Object.keys(emulatorLoaders) as VendorId[];
let server: TestServer;
let repo: ConnectionRepo;
let admin: TestClient;
let viewer: TestClient;
const emulators: RunningEmulator[] = [];

beforeAll(async () => {
  server = await startTestServer();
  repo = openConnectionRepo(server.config, server.store);
  for (const vendor of vendors) emulators.push(await launchEmulator(vendor, { seed: true }));
  await syncDemoConnections(repo, emulators);
  admin = await server.signIn('admin');
  viewer = await server.signIn('viewer');
});

afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()));
  await server.close();
});

async function demoOf(vendor: VendorId) {
  const found = await repo.findDemo(vendor);
  if (!found) throw new Error(`no demo connection for ${vendor}`);
  return found;
}

describe.runIf(vendors.length > 0)('against the real emulators', () => {
  it('creates one demo connection per emulator, and only moves them to new ports on the next start', async () => {
    const before = await repo.list();
    expect(before.filter((c) => c.demoVendor !== null)).toHaveLength(vendors.length);
    const moved = emulators.map((e) => ({ ...e, url: 'http://127.0.0.1:1' }));
    await syncDemoConnections(repo, moved);
    const after = await repo.list();
    expect(after).toHaveLength(before.length);
    expect(after.every((c) => c.baseUrl === 'http://127.0.0.1:1')).toBe(true);
    await syncDemoConnections(repo, emulators);
    for (const e of emulators) expect((await demoOf(e.vendor)).baseUrl).toBe(e.url);
  });

  for (const vendor of vendors) {
    it(`${vendor}: "test connection" signs in to the emulator`, async () => {
      const conn = await demoOf(vendor);
      const res = await admin.fetch(`/api/connections/${conn.id}/test`, { method: 'POST' });
      const result = (await res.json()) as { ok: boolean; message: string };
      expect(result.ok, result.message).toBe(true);
    });

    it(`${vendor}: a viewer reads through the proxy with the vendor's own authentication`, async () => {
      const conn = await demoOf(vendor);
      const resolved = await repo.resolve(conn.id);
      if (!resolved) throw new Error('gone');
      const probe = vendorUpstreams[vendor].probe(resolved);
      const res = await viewer.fetch(`/api/proxy/${conn.id}${probe.path}`);
      const text = await res.text();
      expect(res.status, text).toBe(200);
      expect(text).not.toMatch(/"isSuccessful":\s*false/);
    });
  }
});

describe.runIf(vendors.includes('scp'))('SCP access-key secrets', () => {
  it('are shown on creation only; every read and update answer masks them', async () => {
    const conn = await demoOf('scp');
    const base = `/api/proxy/${conn.id}/v1/access-keys`;
    const created = await admin.fetch(base, {
      method: 'POST',
      body: JSON.stringify({ access_key_type: 'PERMANENT', duration: 'P30D', description: 'mask test' }),
    });
    const createdText = await created.text();
    expect(created.status, createdText).toBeLessThan(300);
    const key = AccessKeyResponse.parse(JSON.parse(createdText)).access_key;
    expect(key.secret_key).not.toBe(MASKED);
    expect(key.secret_key.length).toBeGreaterThan(8);

    const list = await viewer.fetch(`${base}?limit=100`);
    const listText = await list.text();
    expect(list.status, listText).toBe(200);
    const keys = ListAccessKeyResponse.parse(JSON.parse(listText)).access_keys;
    expect(keys.some((k) => k.id === key.id)).toBe(true);
    expect(keys.every((k) => k.secret_key === MASKED)).toBe(true);
    const one = await viewer.fetch(`${base}/${key.id}`);
    const updated = await admin.fetch(`${base}/${key.id}`, {
      method: 'PUT',
      body: JSON.stringify({ is_enabled: false }),
    });
    for (const res of [one, updated]) {
      const text = await res.text();
      expect(res.status, text).toBe(200);
      expect(text).not.toContain(key.secret_key);
      expect(AccessKeyResponse.parse(JSON.parse(text)).access_key.secret_key).toBe(MASKED);
    }
  });
});

describe('console guards in front of the proxy', () => {
  it('refuses anonymous calls, writes without CSRF, and writes from another origin', async () => {
    const conn = (await repo.list())[0];
    const target = `/api/proxy/${conn?.id ?? 'none'}/user`;
    expect((await server.anonymous().fetch(target)).status).toBe(401);
    const noCsrf = await admin.fetch(target, {
      method: 'POST',
      body: '{}',
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(noCsrf.status).toBe(403);
    const crossOrigin = await admin.fetch(target, {
      method: 'POST',
      body: '{}',
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.status).toBe(403);
  });

  it('connections API: viewers cannot create, admins can', async () => {
    const body = JSON.stringify({
      vendor: 'nhn-role',
      name: 'made over HTTP',
      baseUrl: 'https://role.api.nhncloudservice.com',
      settings: { appKey: 'abc', secretKey: 'xyz-secret' },
    });
    expect((await viewer.fetch('/api/connections', { method: 'POST', body })).status).toBe(403);
    const res = await admin.fetch('/api/connections', { method: 'POST', body });
    expect(res.status).toBe(201);
    expect(await res.text()).not.toContain('xyz-secret');
  });
});
