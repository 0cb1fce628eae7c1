import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emulatorLoaders } from '../../../emulator-kit/registry';
import { listen } from '../../../server/listen';
import { SearchOrgMembersResponse } from '../wire/members';
import { ListOrgProjectsResponse } from '../wire/projects';
import { TokenResponse } from '../wire/oauth';
import { createEmulator, createNhnFrameworkEmulator } from './index';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function tokenFor(baseUrl: string, id: string, secret: string): Promise<string> {
  const res = await fetch(`${baseUrl}/oauth2/token/create`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return TokenResponse.parse(await res.json()).access_token;
}

describe('nhn-framework emulator factory', () => {
  it('is registered and describes a demo connection the console can use as is', async () => {
    const factory = await emulatorLoaders['nhn-framework']?.();
    expect(factory).toBe(createEmulator);
    const emulator = await createEmulator({ seed: true });
    const { settings, secrets } = emulator.demo;
    expect(Object.keys(settings).sort()).toEqual(['orgId', 'tokenBaseUrl', 'userAccessKeyId']);
    expect(settings.tokenBaseUrl).toBe('{baseUrl}');
    expect(settings.orgId).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(settings.userAccessKeyId).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(Object.keys(secrets)).toEqual(['secretAccessKey']);

    const server = await listen(emulator.app.fetch, '127.0.0.1', 0);
    const tokenBase = (settings.tokenBaseUrl ?? '').replace('{baseUrl}', server.url);
    const token = await tokenFor(tokenBase, settings.userAccessKeyId ?? '', secrets.secretAccessKey ?? '');
    const res = await fetch(`${server.url}/v1/organizations/${settings.orgId ?? ''}/members/search`, {
      method: 'POST',
      headers: { 'x-nhn-authorization': `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(SearchOrgMembersResponse.parse(await res.json()).paging.totalCount).toBeGreaterThanOrEqual(30);
    await server.close();
    emulator.close();
  });

  it('without demo data still has the bootstrap org, its OWNER and key', () => {
    const { emulator, runtime } = createNhnFrameworkEmulator({ seed: false });
    expect(runtime.store.accounts.count()).toBe(1);
    expect(runtime.store.projects.count()).toBe(0);
    expect(emulator.demo.settings.orgId).toBe(runtime.store.meta.get('meta')?.orgId);
    emulator.close();
  });

  it('accepts a fixed bootstrap credential', async () => {
    const { emulator } = createNhnFrameworkEmulator({
      seed: false,
      bootstrap: { userAccessKeyId: 'FixedKeyId0123456789', secretAccessKey: 'FixedSecret01234' },
    });
    const server = await listen(emulator.app.fetch, '127.0.0.1', 0);
    expect(await tokenFor(server.url, 'FixedKeyId0123456789', 'FixedSecret01234')).toMatch(
      /^[A-Za-z0-9]{128}$/,
    );
    await server.close();
    emulator.close();
  });

  it('keeps its state and credentials in the file across restarts and seeds only an empty store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nhn-framework-'));
    dirs.push(dir);
    const file = path.join(dir, 'nhn-framework.sqlite');
    const first = await createEmulator({ file, seed: true });
    const server = await listen(first.app.fetch, '127.0.0.1', 0);
    const { userAccessKeyId = '', orgId = '' } = first.demo.settings;
    const token = await tokenFor(server.url, userAccessKeyId, first.demo.secrets.secretAccessKey ?? '');
    const created = await fetch(`${server.url}/v1/organizations/${orgId}/projects`, {
      method: 'POST',
      headers: { 'x-nhn-authorization': `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ projectName: 'Persisted' }),
    });
    expect(((await created.json()) as { header: { resultCode: number } }).header.resultCode).toBe(0);
    await server.close();
    first.close();

    const second = await createEmulator({ file, seed: true });
    expect(second.demo).toEqual(first.demo);
    const again = await listen(second.app.fetch, '127.0.0.1', 0);
    // The token issued before the restart is still valid: tokens are state too.
    const list = await fetch(`${again.url}/v1/organizations/${orgId}/projects`, {
      headers: { 'x-nhn-authorization': `Bearer ${token}` },
    });
    const names = ListOrgProjectsResponse.parse(await list.json()).projectList.map((p) => p.projectName);
    expect(names.sort()).toEqual(['Data Platform', 'Live Ops', 'Persisted']);
    await again.close();
    second.close();
  });
});
