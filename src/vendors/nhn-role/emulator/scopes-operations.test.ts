import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleTestClient, type RoleTestClient } from './test-client';

describe('NHN ROLE scopes (S1-S7)', () => {
  let t: RoleTestClient;
  beforeAll(async () => {
    t = await roleTestClient();
  });
  afterAll(() => t.close());

  it('creates, reads, lists, searches, edits and deletes scopes', async () => {
    await t.ok('POST', '/scopes', { scopeId: 'team-a', description: 'Team A' });
    await t.ok('POST', '/scopes', { scopeId: 'team-b' });
    expect((await t.ok('GET', '/scopes/team-a')).scope).toEqual({ scopeId: 'team-a', description: 'Team A' });
    expect(await t.ok('GET', '/scopes/id')).toMatchObject({
      scopeIds: ['ALL', 'team-a', 'team-b'],
      totalItems: 3,
    });
    expect(await t.ok('GET', '/scopes/id?scopeIdPreLike=team&itemsPerPage=1&page=2')).toMatchObject({
      scopeIds: ['team-b'],
      totalItems: 2,
    });
    const found = await t.ok<{ scopes: unknown[] }>('POST', '/scopes/search', { descriptionLike: 'team a' });
    expect(found.scopes).toEqual([{ scopeId: 'team-a', description: 'Team A' }]);
    await t.ok('PUT', '/scopes/team-b', { description: 'Team B' });
    expect((await t.ok('GET', '/scopes/team-b')).scope).toEqual({ scopeId: 'team-b', description: 'Team B' });
    await t.ok('DELETE', '/scopes/team-b');
    await t.ok('DELETE', '/scopes', { scopeIds: ['team-a'] });
    expect(await t.ok('GET', '/scopes/id')).toMatchObject({ scopeIds: ['ALL'], totalItems: 1 });
  });

  it('sorts descending on request', async () => {
    await t.ok('POST', '/scopes', { scopeId: 'zeta' });
    expect((await t.ok('GET', '/scopes/id?sort=id.scopeId,DESC')).scopeIds).toEqual(['zeta', 'ALL']);
    await t.ok('DELETE', '/scopes/zeta');
  });

  it('reports the documented scope errors', async () => {
    await t.ok('POST', '/scopes', { scopeId: 'dup' });
    expect(await t.code('POST', '/scopes', { scopeId: 'dup' })).toBe(13000);
    expect(await t.code('GET', '/scopes/missing')).toBe(13001);
    expect(await t.code('PUT', '/scopes/missing', {})).toBe(13001);
    expect(await t.code('DELETE', '/scopes/missing')).toBe(13001);
    expect(await t.code('DELETE', '/scopes', { scopeIds: ['dup', 'missing'] })).toBe(13001);
    expect(await t.code('GET', '/scopes/dup')).toBe(0);
    expect(await t.code('PUT', '/scopes/ALL', { description: 'x' })).toBe(13002);
    expect(await t.code('DELETE', '/scopes/ALL')).toBe(13002);
    expect(await t.code('POST', '/scopes', { scopeId: '-bad' })).toBe(400);
    expect(await t.code('POST', '/scopes', { scopeId: 'x'.repeat(37) })).toBe(400);
    expect(await t.code('POST', '/scopes', { scopeId: 'ok', description: 'd'.repeat(129) })).toBe(400);
  });
});

describe('NHN ROLE operations (O1-O7)', () => {
  let t: RoleTestClient;
  beforeAll(async () => {
    t = await roleTestClient();
  });
  afterAll(() => t.close());

  it('creates, reads, lists, searches, edits and deletes operations', async () => {
    await t.ok('POST', '/operations', { operationId: 'READ', description: 'Read things' });
    await t.ok('POST', '/operations', { operationId: 'WRITE' });
    expect((await t.ok('GET', '/operations/READ')).operation).toEqual({
      operationId: 'READ',
      description: 'Read things',
      appKey: t.appKey,
    });
    expect(await t.ok('GET', '/operations/id?operationIdPreLike=W')).toMatchObject({
      operationIds: ['WRITE'],
      totalItems: 1,
    });
    const found = await t.ok('POST', '/operations/search', {
      operationIds: ['READ', 'WRITE'],
      descriptionLike: 'things',
    });
    expect(found).toMatchObject({ totalItems: 1, operations: [{ operationId: 'READ' }] });
    await t.ok('PUT', '/operations/WRITE', { description: 'Write' });
    expect((await t.ok('GET', '/operations/WRITE')).operation).toMatchObject({ description: 'Write' });
    await t.ok('DELETE', '/operations', ['READ']);
    await t.ok('DELETE', '/operations/WRITE');
    expect(await t.ok('GET', '/operations/id')).toMatchObject({ operationIds: [], totalItems: 0 });
  });

  it('reports the documented operation errors', async () => {
    await t.ok('POST', '/operations', { operationId: 'GET' });
    expect(await t.code('POST', '/operations', { operationId: 'GET' })).toBe(12001);
    expect(await t.code('GET', '/operations/NOPE')).toBe(12000);
    expect(await t.code('PUT', '/operations/NOPE', {})).toBe(12000);
    expect(await t.code('DELETE', '/operations', { operationIds: ['GET', 'NOPE'] })).toBe(12000);
    expect(await t.code('POST', '/operations', { operationId: 'has space' })).toBe(400);
    expect(await t.code('POST', '/operations', {})).toBe(400);
  });
});
