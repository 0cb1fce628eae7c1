import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roleTestClient, type RoleTestClient } from './test-client';

type Config = {
  resourcePathTrailingSlashMatchPolicyCode: string;
  cache: { cacheFlushTime: string; size: number; sizeByPath: number; sizeTree: number; ttl: number };
};

describe('NHN ROLE settings (C1-C3)', () => {
  let t: RoleTestClient;
  beforeEach(async () => {
    t = await roleTestClient();
  });
  afterEach(() => t.close());

  it('starts from the SDK defaults', async () => {
    const c = await t.ok<Config>('GET', '/config');
    expect(c.resourcePathTrailingSlashMatchPolicyCode).toBe('NON_IDENTICAL_PATH');
    expect(c.cache).toMatchObject({ size: 1_000_000, sizeByPath: 1_000_000, sizeTree: 1_000_000, ttl: 300 });
  });

  it('updates only the given fields and stamps the flush time', async () => {
    const before = (await t.ok<Config>('GET', '/config')).cache.cacheFlushTime;
    await new Promise((r) => setTimeout(r, 5));
    await t.ok('PUT', '/config', { cacheTtl: 60, cacheSizeByPath: 10 });
    const c = await t.ok<Config>('GET', '/config');
    expect(c.cache).toMatchObject({ ttl: 60, sizeByPath: 10, sizeTree: 1_000_000, size: 1_000_000 });
    expect(c.resourcePathTrailingSlashMatchPolicyCode).toBe('NON_IDENTICAL_PATH');
    expect(c.cache.cacheFlushTime > before).toBe(true);
  });

  it('evicts the cache by stamping the flush time', async () => {
    const before = (await t.ok<Config>('GET', '/config')).cache.cacheFlushTime;
    await new Promise((r) => setTimeout(r, 5));
    await t.ok('PUT', '/config/cache-evict');
    expect((await t.ok<Config>('GET', '/config')).cache.cacheFlushTime > before).toBe(true);
  });

  it('rejects bad values with 400', async () => {
    expect(await t.code('PUT', '/config', { resourcePathTrailingSlashMatchPolicyCode: 'SOMETIMES' })).toBe(
      400,
    );
    expect(await t.code('PUT', '/config', { cacheTtl: -1 })).toBe(400);
    expect(await t.code('PUT', '/config', { cacheTtl: 'long' })).toBe(400);
  });
});
