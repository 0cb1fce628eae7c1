import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateIdentifierResultSchema, GS2_ERROR_KEYS, IdentifierSchema, LoginResultSchema } from '../wire';
import { connect, setEndpointHost, type Sdk } from './official-sdk';
import { call, sdkFailure, start, type Running } from './test-support';

let r: Running;
let admin: Sdk;

beforeAll(async () => {
  r = await start();
  setEndpointHost(r.url);
  admin = await connect(r.emulator.admin.clientId, r.emulator.admin.clientSecret);
  await admin.call('createUser', { name: 'deployer' });
  await admin.call('attachSecurityPolicy', {
    userName: 'deployer',
    securityPolicyId: 'grn:gs2::system:identifier:securityPolicy:AdministratorAccess',
  });
});
afterAll(() => r.close());

async function newCredential(userName: string) {
  const result = CreateIdentifierResultSchema.parse(await admin.call('createIdentifier', { userName }));
  return { clientId: result.item.clientId, clientSecret: result.clientSecret };
}

describe('credentials and login through the official SDK', () => {
  it('returns the client secret once, from createIdentifier only', async () => {
    const created = CreateIdentifierResultSchema.parse(
      await admin.call('createIdentifier', { userName: 'deployer' }),
    );
    expect(created.item).toMatchObject({ userName: 'deployer', revision: 0 });
    expect(created.clientSecret.length).toBeGreaterThan(10);
    const got = await admin.call('getIdentifier', { userName: 'deployer', clientId: created.item.clientId });
    expect(IdentifierSchema.parse(got.item)).toEqual(created.item);
    expect(JSON.stringify(got)).not.toContain(created.clientSecret);
    const listed = await admin.call('describeIdentifiers', { userName: 'deployer' });
    expect(JSON.stringify(listed)).not.toContain(created.clientSecret);
    expect((listed.items as { clientId: string }[]).map((i) => i.clientId)).toContain(created.item.clientId);
  });

  it('logs in with a new credential: Bearer, 36000 s and the owner id', async () => {
    const { clientId, clientSecret } = await newCredential('deployer');
    const result = await admin.call('login', { clientId, clientSecret });
    expect(result).toMatchObject({ token_type: 'Bearer', expires_in: 36000 });
    const raw = await call(r.url, 'POST', '/projectToken/login', {
      body: { client_id: clientId, client_secret: clientSecret },
    });
    expect(LoginResultSchema.parse(raw.body).owner_id).toBe(r.emulator.ctx.meta().ownerId);
    const deployer = await connect(clientId, clientSecret);
    expect(((await deployer.call('getUser', { userName: 'deployer' })).item as { name: string }).name).toBe(
      'deployer',
    );
  });

  it('answers 401 to a wrong secret and to an unknown client id', async () => {
    const { clientId } = await newCredential('deployer');
    expect(await sdkFailure(r, admin.call('login', { clientId, clientSecret: 'wrong' }))).toEqual({
      status: 401,
      exception: 'UnauthorizedException',
      key: GS2_ERROR_KEYS.clientSecretWrong,
    });
    expect(await sdkFailure(r, connect('00000000-0000-0000-0000-000000000000', 'x'))).toMatchObject({
      status: 401,
    });
    expect(await sdkFailure(r, admin.call('login', { clientId }))).toMatchObject({
      status: 400,
      key: 'identifier.projectToken.client_secret.error.require',
    });
  });

  it('keeps tokens valid after their credential is deleted, but not the credential', async () => {
    const { clientId, clientSecret } = await newCredential('deployer');
    const session = await connect(clientId, clientSecret);
    const deleted = await admin.call('deleteIdentifier', { userName: 'deployer', clientId });
    expect((deleted.item as { clientId: string }).clientId).toBe(clientId);
    expect(
      await sdkFailure(r, admin.call('getIdentifier', { userName: 'deployer', clientId })),
    ).toMatchObject({ status: 404, key: 'identifier.identifier.identifier.error.notFound' });
    expect(await sdkFailure(r, connect(clientId, clientSecret))).toMatchObject({ status: 401 });
    expect((await session.call('getUser', { userName: 'deployer' })).item).toBeTruthy();
  });

  it('expires tokens after 36,000 seconds', async () => {
    const { clientId, clientSecret } = await newCredential('deployer');
    const session = await connect(clientId, clientSecret);
    r.advance(35_999_000);
    await session.call('getUser', { userName: 'deployer' });
    r.advance(2_000);
    expect(await sdkFailure(r, session.call('getUser', { userName: 'deployer' }))).toMatchObject({
      status: 401,
      key: GS2_ERROR_KEYS.tokenExpired,
    });
    admin = await connect(r.emulator.admin.clientId, r.emulator.admin.clientSecret);
  });

  it('hides a credential addressed under another user', async () => {
    await admin.call('createUser', { name: 'other' });
    const { clientId } = await newCredential('deployer');
    expect(await sdkFailure(r, admin.call('getIdentifier', { userName: 'other', clientId }))).toMatchObject({
      status: 404,
    });
    expect(
      await sdkFailure(r, admin.call('deleteIdentifier', { userName: 'other', clientId })),
    ).toMatchObject({ status: 404 });
    expect(await sdkFailure(r, admin.call('createIdentifier', { userName: 'nobody' }))).toMatchObject({
      status: 404,
      key: 'identifier.user.user.error.notFound',
    });
  });

  it('pages credentials per user', async () => {
    await admin.call('createUser', { name: 'many-keys' });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await newCredential('many-keys')).clientId);
    const first = await admin.call('describeIdentifiers', { userName: 'many-keys', limit: 2 });
    const second = await admin.call('describeIdentifiers', {
      userName: 'many-keys',
      limit: 2,
      pageToken: first.nextPageToken,
    });
    const third = await admin.call('describeIdentifiers', {
      userName: 'many-keys',
      limit: 2,
      pageToken: second.nextPageToken,
    });
    const names = [first, second, third].flatMap((p) =>
      (p.items as { clientId: string }[]).map((i) => i.clientId),
    );
    expect(names).toEqual(ids);
    expect(third.nextPageToken ?? null).toBeNull();
    // A token of one user's list means nothing for another's.
    expect(
      await sdkFailure(
        r,
        admin.call('describeIdentifiers', { userName: 'deployer', pageToken: first.nextPageToken }),
      ),
    ).toMatchObject({ status: 400 });
  });

  it('deletes credentials with their user', async () => {
    await admin.call('createUser', { name: 'leaver' });
    const { clientId, clientSecret } = await newCredential('leaver');
    await admin.call('deleteUser', { userName: 'leaver' });
    expect(await sdkFailure(r, connect(clientId, clientSecret))).toMatchObject({ status: 401 });
    await admin.call('createUser', { name: 'leaver' });
    expect((await admin.call('describeIdentifiers', { userName: 'leaver' })).items).toEqual([]);
  });
});
