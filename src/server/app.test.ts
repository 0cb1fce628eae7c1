import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { testConfig } from './config';
import { createLogger } from './log';
import { openStore, type Store } from './store/open';
import { CONTENT_SECURITY_POLICY } from './security-headers';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-app-'));
  const clientDir = path.join(dir, 'client');
  fs.mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Tessera</title>');
  fs.writeFileSync(path.join(clientDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'secret');
  const config = testConfig({ dataDir: dir, bodyLimit: 1024 });
  store = await openStore({ dataDir: dir });
  app = createApp({ config, store, log: createLogger('silent'), clientDir });
});
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('console server', () => {
  it('reports health with the store dialect', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'sqlite' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps unknown API paths private from anonymous callers, with the request id', async () => {
    const res = await app.request('/api/nope', { headers: { 'x-request-id': 'req-12345678' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('x-request-id')).toBe('req-12345678');
    expect(await res.json()).toMatchObject({ status: 401, requestId: 'req-12345678' });
  });

  it('replaces a malformed client request id', async () => {
    const res = await app.request('/api/health', { headers: { 'x-request-id': 'bad id\r\n' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses oversized bodies with 413', async () => {
    const res = await app.request('/api/anything', {
      method: 'POST',
      body: 'x'.repeat(5000),
      headers: { 'content-type': 'application/json', 'content-length': '5000' },
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: 'urn:tessera:problem:payload-too-large' });
  });

  it('sets strict security headers', async () => {
    const res = await app.request('/', { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves hashed assets immutable and index.html revalidated, with SPA fallback', async () => {
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const deep = await app.request('/c/123/users', { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(await deep.text()).toContain('<title>Tessera</title>');
    const dotted = await app.request('/c/123/users/mina.sato/overview', { headers: { accept: 'text/html' } });
    expect(await dotted.text()).toContain('<title>Tessera</title>');
    const lastDotted = await app.request('/c/123/users/mina.sato', { headers: { accept: 'text/html' } });
    expect(lastDotted.status).toBe(200);
    expect(await lastDotted.text()).toContain('<title>Tessera</title>');
    const missingAsset = await app.request('/assets/gone-123.js', { headers: { accept: 'text/html' } });
    expect(missingAsset.status).toBe(404);
  });

  it('never serves files outside the client folder and 404s missing assets', async () => {
    const escaped = await app.request('/%2e%2e/outside.txt');
    expect(await escaped.text()).not.toContain('secret');
    const missing = await app.request('/assets/missing.js');
    expect(missing.status).toBe(404);
  });
});
