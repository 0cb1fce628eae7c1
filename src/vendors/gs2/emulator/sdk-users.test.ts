import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserSchema } from '../wire';
import { connect, setEndpointHost, withToken, type Sdk } from './official-sdk';
import { sdkFailure, start, type Running } from './test-support';

let r: Running;
let sdk: Sdk;

beforeAll(async () => {
  r = await start();
  setEndpointHost(r.url);
  sdk = await connect(r.emulator.admin.clientId, r.emulator.admin.clientSecret);
});
afterAll(() => r.close());

describe('users through the official SDK', () => {
  it('creates, reads, updates and deletes a user with the documented shapes', async () => {
    const created = await sdk.call('createUser', { name: 'alice', description: 'first' });
    const user = UserSchema.parse(created.item);
    expect(user).toMatchObject({ name: 'alice', description: 'first', revision: 0 });
    expect(user.userId).toMatch(/^grn:gs2::owner-[0-9a-f]+:identifier:user:alice$/);
    expect(user.createdAt).toBe(user.updatedAt);

    const got = await sdk.call('getUser', { userName: 'alice' });
    expect(got.item).toEqual(created.item);

    const updated = UserSchema.parse(
      (await sdk.call('updateUser', { userName: 'alice', description: 'second' })).item,
    );
    expect(updated).toMatchObject({
      name: 'alice',
      description: 'second',
      revision: 1,
      createdAt: user.createdAt,
    });
    expect(updated.updatedAt).toBeGreaterThanOrEqual(user.updatedAt);

    // The SDK sends description: null when it is not set: the description is cleared.
    const cleared = UserSchema.parse((await sdk.call('updateUser', { userName: 'alice' })).item);
    expect(cleared.description ?? undefined).toBeUndefined();

    const deleted = await sdk.call('deleteUser', { userName: 'alice' });
    expect((deleted.item as { name: string }).name).toBe('alice');
    expect(await sdkFailure(r, sdk.call('getUser', { userName: 'alice' }))).toEqual({
      status: 404,
      exception: 'NotFoundException',
      key: 'identifier.user.user.error.notFound',
    });
  });

  it('pages through users with opaque tokens until nextPageToken is null', async () => {
    for (let i = 0; i < 7; i++) await sdk.call('createUser', { name: `pager-${i}` });
    const seen: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const page = await sdk.call('describeUsers', { limit: 3, ...(pageToken ? { pageToken } : {}) });
      const items = page.items as { name: string }[];
      expect(items.length).toBeLessThanOrEqual(3);
      seen.push(...items.map((u) => u.name));
      pageToken = (page.nextPageToken as string | null) ?? undefined;
      pages++;
    } while (pageToken);
    // admin plus the seven, in creation order, each exactly once.
    expect(seen).toEqual(['admin', ...Array.from({ length: 7 }, (_, i) => `pager-${i}`)]);
    expect(pages).toBe(3);
    const all = await sdk.call('describeUsers');
    expect((all.items as unknown[]).length).toBe(8);
    expect(all.nextPageToken ?? null).toBeNull();
  });

  it('refuses a duplicate name with 409 and a bad name with 400', async () => {
    await sdk.call('createUser', { name: 'dup' });
    expect(await sdkFailure(r, sdk.call('createUser', { name: 'dup' }))).toEqual({
      status: 409,
      exception: 'ConflictException',
      key: 'identifier.user.name.error.duplicate',
    });
    expect(await sdkFailure(r, sdk.call('createUser', { name: 'has space' }))).toMatchObject({
      status: 400,
      key: 'identifier.user.name.error.invalid',
    });
    expect(await sdkFailure(r, sdk.call('createUser', { name: 'x'.repeat(129) }))).toMatchObject({
      status: 400,
      key: 'identifier.user.name.error.tooLong',
    });
    expect(await sdkFailure(r, sdk.call('createUser', {}))).toMatchObject({
      status: 400,
      key: 'identifier.user.name.error.require',
    });
    expect(
      await sdkFailure(r, sdk.call('updateUser', { userName: 'ghost', description: 'x' })),
    ).toMatchObject({ status: 404 });
    expect(await sdkFailure(r, sdk.call('deleteUser', { userName: 'ghost' }))).toMatchObject({ status: 404 });
  });

  it('refuses a bad limit or page token with 400', async () => {
    expect(await sdkFailure(r, sdk.call('describeUsers', { limit: 0 }))).toMatchObject({
      status: 400,
      key: 'identifier.user.limit.error.invalid',
    });
    expect(await sdkFailure(r, sdk.call('describeUsers', { limit: 1001 }))).toMatchObject({
      status: 400,
      key: 'identifier.user.limit.error.invalid',
    });
    expect(await sdkFailure(r, sdk.call('describeUsers', { pageToken: 'not-a-token' }))).toMatchObject({
      status: 400,
      key: 'identifier.user.pageToken.error.invalid',
    });
  });

  it('answers 401 UnauthorizedException to an unknown project token', async () => {
    const stranger = await withToken('not-a-real-token');
    expect(await sdkFailure(r, stranger.call('describeUsers'))).toEqual({
      status: 401,
      exception: 'UnauthorizedException',
      key: 'identifier.projectToken.token.error.invalid',
    });
  });
});
