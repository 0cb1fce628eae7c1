import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GS2_ERROR_KEYS, SecurityPolicySchema } from '../wire';
import { connect, setEndpointHost, type Sdk } from './official-sdk';
import { sdkFailure, start, type Running } from './test-support';

let r: Running;
let admin: Sdk;
let owner: string;
const SYSTEM = 'grn:gs2::system:identifier:securityPolicy:';
const allow = (...actions: string[]) =>
  JSON.stringify({
    Version: '2016-04-01',
    Statements: [{ Effect: 'Allow', Actions: actions, Resources: ['*'] }],
  });
const deny = (...actions: string[]) =>
  JSON.stringify({
    Version: '2016-04-01',
    Statements: [{ Effect: 'Deny', Actions: actions, Resources: ['*'] }],
  });
const names = (result: Record<string, unknown>) => (result.items as { name: string }[]).map((p) => p.name);

beforeAll(async () => {
  r = await start();
  setEndpointHost(r.url);
  admin = await connect(r.emulator.admin.clientId, r.emulator.admin.clientSecret);
  owner = r.emulator.ctx.meta().ownerId;
});
afterAll(() => r.close());

/** A user holding only the given policy documents, and an SDK session as that user. */
async function principal(name: string, ...documents: string[]): Promise<Sdk> {
  await admin.call('createUser', { name });
  for (const [i, policy] of documents.entries()) {
    const created = await admin.call('createSecurityPolicy', { name: `${name}-p${i}`, policy });
    await admin.call('attachSecurityPolicy', {
      userName: name,
      securityPolicyId: (created.item as { securityPolicyId: string }).securityPolicyId,
    });
  }
  const credential = await admin.call('createIdentifier', { userName: name });
  return connect((credential.item as { clientId: string }).clientId, credential.clientSecret as string);
}

describe('security policies through the official SDK', () => {
  it('lists the four GS2-defined policies under the system owner', async () => {
    const common = await admin.call('describeCommonSecurityPolicies');
    expect(names(common)).toEqual([
      'AdministratorAccess',
      'ApplicationAccess',
      'DeliveryAccess',
      'UnauthenticatedAccess',
    ]);
    for (const p of common.items as unknown[])
      expect(SecurityPolicySchema.parse(p).securityPolicyId).toMatch(new RegExp(`^${SYSTEM}`));
    const paged = await admin.call('describeCommonSecurityPolicies', { limit: 3 });
    expect(names(paged)).toHaveLength(3);
    expect(
      names(await admin.call('describeCommonSecurityPolicies', { pageToken: paged.nextPageToken })),
    ).toEqual(['UnauthenticatedAccess']);
  });

  it('creates, reads, updates and deletes a custom policy, storing the document as sent', async () => {
    const text = '{ "Version": "2016-04-01", "Statements": [] }';
    const created = SecurityPolicySchema.parse(
      (await admin.call('createSecurityPolicy', { name: 'crud', description: 'd', policy: text })).item,
    );
    expect(created).toMatchObject({
      name: 'crud',
      description: 'd',
      policy: text,
      securityPolicyId: `grn:gs2::${owner}:identifier:securityPolicy:crud`,
    });
    expect((await admin.call('getSecurityPolicy', { securityPolicyName: 'crud' })).item).toEqual(created);
    const updated = SecurityPolicySchema.parse(
      (await admin.call('updateSecurityPolicy', { securityPolicyName: 'crud', policy: '{}' })).item,
    );
    expect(updated).toMatchObject({ policy: '{}', createdAt: created.createdAt });
    expect(updated.description ?? undefined).toBeUndefined();
    expect(names(await admin.call('describeSecurityPolicies'))).toContain('crud');
    await admin.call('deleteSecurityPolicy', { securityPolicyName: 'crud' });
    expect(await sdkFailure(r, admin.call('getSecurityPolicy', { securityPolicyName: 'crud' }))).toEqual({
      status: 404,
      exception: 'NotFoundException',
      key: 'identifier.securityPolicy.securityPolicy.error.notFound',
    });
  });

  it('validates names and documents', async () => {
    await admin.call('createSecurityPolicy', { name: 'taken', policy: '{}' });
    expect(
      await sdkFailure(r, admin.call('createSecurityPolicy', { name: 'taken', policy: '{}' })),
    ).toMatchObject({ status: 409, key: 'identifier.securityPolicy.name.error.duplicate' });
    expect(
      await sdkFailure(r, admin.call('createSecurityPolicy', { name: 'bad', policy: '{not json' })),
    ).toMatchObject({ status: 400, key: 'identifier.securityPolicy.policy.error.invalid' });
    expect(await sdkFailure(r, admin.call('createSecurityPolicy', { name: 'bad' }))).toMatchObject({
      status: 400,
      key: 'identifier.securityPolicy.policy.error.require',
    });
    expect(
      await sdkFailure(r, admin.call('createSecurityPolicy', { name: 'common', policy: '{}' })),
    ).toMatchObject({ status: 400, key: 'identifier.securityPolicy.name.error.invalid' });
    const big = JSON.stringify({ pad: 'x'.repeat(524_288 - 10) });
    expect(big.length).toBe(524_288);
    await admin.call('createSecurityPolicy', { name: 'biggest', policy: big });
    expect(
      await sdkFailure(
        r,
        admin.call('createSecurityPolicy', { name: 'too-big', policy: big.replace('x', 'xx') }),
      ),
    ).toMatchObject({ status: 400, key: 'identifier.securityPolicy.policy.error.tooLong' });
    expect(
      await sdkFailure(
        r,
        admin.call('updateSecurityPolicy', { securityPolicyName: 'missing', policy: '{}' }),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await sdkFailure(r, admin.call('deleteSecurityPolicy', { securityPolicyName: 'missing' })),
    ).toMatchObject({ status: 404, key: 'identifier.securityPolicy.securityPolicy.error.notFound' });
  });

  it('attaches by GRN: union of custom and common, idempotent, at most 100', async () => {
    await admin.call('createUser', { name: 'holder' });
    const p = SecurityPolicySchema.parse(
      (await admin.call('createSecurityPolicy', { name: 'holder-p', policy: '{}' })).item,
    );
    const after = await admin.call('attachSecurityPolicy', {
      userName: 'holder',
      securityPolicyId: p.securityPolicyId,
    });
    expect(names(after)).toEqual(['holder-p']);
    const twice = await admin.call('attachSecurityPolicy', {
      userName: 'holder',
      securityPolicyId: p.securityPolicyId,
    });
    expect(names(twice)).toEqual(['holder-p']);
    expect(
      names(
        await admin.call('attachSecurityPolicy', {
          userName: 'holder',
          securityPolicyId: `${SYSTEM}ApplicationAccess`,
        }),
      ),
    ).toEqual(['holder-p', 'ApplicationAccess']);
    const regional = await admin.call('attachSecurityPolicy', {
      userName: 'holder',
      securityPolicyId: 'grn:gs2:ap-northeast-1:system:identifier:securityPolicy:ApplicationAccess',
    });
    expect(names(regional)).toEqual(['holder-p', 'ApplicationAccess']);
    await admin.call('detachSecurityPolicy', {
      userName: 'holder',
      securityPolicyId: 'grn:gs2:ap-northeast-1:system:identifier:securityPolicy:ApplicationAccess',
    });
    expect(
      names(
        await admin.call('attachSecurityPolicy', {
          userName: 'holder',
          securityPolicyId: `${SYSTEM}ApplicationAccess`,
        }),
      ),
    ).toEqual(['holder-p', 'ApplicationAccess']);
    expect(names(await admin.call('getHasSecurityPolicy', { userName: 'holder' }))).toEqual([
      'holder-p',
      'ApplicationAccess',
    ]);
    // GRNs travel raw in the DELETE path, colons and all.
    expect(
      names(
        await admin.call('detachSecurityPolicy', {
          userName: 'holder',
          securityPolicyId: `${SYSTEM}ApplicationAccess`,
        }),
      ),
    ).toEqual(['holder-p']);
    expect(
      names(
        await admin.call('detachSecurityPolicy', {
          userName: 'holder',
          securityPolicyId: `${SYSTEM}ApplicationAccess`,
        }),
      ),
    ).toEqual(['holder-p']);

    expect(
      await sdkFailure(
        r,
        admin.call('attachSecurityPolicy', { userName: 'holder', securityPolicyId: 'not-a-grn' }),
      ),
    ).toMatchObject({ status: 400, key: 'identifier.attachSecurityPolicy.securityPolicyId.error.invalid' });
    expect(
      await sdkFailure(
        r,
        admin.call('attachSecurityPolicy', {
          userName: 'holder',
          securityPolicyId: `grn:gs2::${owner}:identifier:securityPolicy:absent`,
        }),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await sdkFailure(
        r,
        admin.call('attachSecurityPolicy', {
          userName: 'holder',
          securityPolicyId: 'grn:gs2::someone-else:identifier:securityPolicy:holder-p',
        }),
      ),
    ).toMatchObject({ status: 404 });
    expect(await sdkFailure(r, admin.call('getHasSecurityPolicy', { userName: 'ghost' }))).toMatchObject({
      status: 404,
    });

    // 98 more straight into the store (the SDK path is proven above), then the 100th and 101st through the SDK.
    const { store } = r.emulator.ctx;
    const grns = [p.securityPolicyId];
    for (let i = 2; i < 100; i++) {
      store.policies.put(`extra-${i}`, { name: `extra-${i}`, policy: '{}', createdAt: 0, updatedAt: 0 });
      grns.push(`grn:gs2::${owner}:identifier:securityPolicy:extra-${i}`);
    }
    store.attachments.put('holder', {
      userName: 'holder',
      securityPolicyIds: grns,
      attachedAt: 0,
      revision: 0,
    });
    await admin.call('attachSecurityPolicy', {
      userName: 'holder',
      securityPolicyId: `${SYSTEM}ApplicationAccess`,
    });
    expect(names(await admin.call('getHasSecurityPolicy', { userName: 'holder' }))).toHaveLength(100);
    expect(
      await sdkFailure(
        r,
        admin.call('attachSecurityPolicy', {
          userName: 'holder',
          securityPolicyId: `${SYSTEM}DeliveryAccess`,
        }),
      ),
    ).toMatchObject({
      status: 400,
      key: 'identifier.attachSecurityPolicy.securityPolicyIds.error.tooMany',
    });
  });

  it("drops a deleted user's attachments with the user", async () => {
    await admin.call('createUser', { name: 'cascade' });
    await admin.call('attachSecurityPolicy', {
      userName: 'cascade',
      securityPolicyId: `${SYSTEM}DeliveryAccess`,
    });
    await admin.call('deleteUser', { userName: 'cascade' });
    await admin.call('createUser', { name: 'cascade' });
    expect(names(await admin.call('getHasSecurityPolicy', { userName: 'cascade' }))).toEqual([]);
  });

  it('allows deleting an attached policy and prunes it from attachments', async () => {
    await admin.call('createUser', { name: 'pruned' });
    const p = SecurityPolicySchema.parse(
      (await admin.call('createSecurityPolicy', { name: 'short-lived', policy: '{}' })).item,
    );
    await admin.call('attachSecurityPolicy', { userName: 'pruned', securityPolicyId: p.securityPolicyId });
    await admin.call('deleteSecurityPolicy', { securityPolicyName: 'short-lived' });
    expect(names(await admin.call('getHasSecurityPolicy', { userName: 'pruned' }))).toEqual([]);
    await admin.call('createSecurityPolicy', { name: 'short-lived', policy: '{}' });
    expect(names(await admin.call('getHasSecurityPolicy', { userName: 'pruned' }))).toEqual([]);
  });
});

describe('policy enforcement', () => {
  it('allows only matching actions, with wildcards, and applies updates at once', async () => {
    const reader = await principal('reader', allow('Gs2Identifier:Describe*'));
    await reader.call('describeUsers');
    expect(await sdkFailure(r, reader.call('getUser', { userName: 'reader' }))).toEqual({
      status: 401,
      exception: 'UnauthorizedException',
      key: GS2_ERROR_KEYS.actionDenied,
    });
    await admin.call('updateSecurityPolicy', {
      securityPolicyName: 'reader-p0',
      policy: allow('Gs2Identifier:Describe*', 'Gs2Identifier:GetUser'),
    });
    await reader.call('getUser', { userName: 'reader' });
    expect(await sdkFailure(r, reader.call('createUser', { name: 'nope' }))).toMatchObject({ status: 401 });
  });

  it('lets an explicit Deny win over any Allow', async () => {
    const guarded = await principal('guarded', allow('*'), deny('Gs2Identifier:DeleteUser'));
    await guarded.call('createUser', { name: 'victim' });
    expect(await sdkFailure(r, guarded.call('deleteUser', { userName: 'victim' }))).toMatchObject({
      status: 401,
    });
    await admin.call('deleteUser', { userName: 'victim' });
  });

  it('grants nothing to a user without policies or with a non-policy document', async () => {
    const bare = await principal('bare');
    expect(await sdkFailure(r, bare.call('describeUsers'))).toMatchObject({ status: 401 });
    const odd = await principal('odd', '{"hoge": "fuga"}');
    expect(await sdkFailure(r, odd.call('describeUsers'))).toMatchObject({ status: 401 });
  });

  it('denies tokens of a deleted user, even once the name is reused', async () => {
    const doomed = await principal('doomed', allow('*'));
    await doomed.call('describeUsers');
    await admin.call('deleteUser', { userName: 'doomed' });
    await admin.call('createUser', { name: 'doomed' });
    await admin.call('attachSecurityPolicy', {
      userName: 'doomed',
      securityPolicyId: `${SYSTEM}AdministratorAccess`,
    });
    expect(await sdkFailure(r, doomed.call('describeUsers'))).toMatchObject({ status: 401 });
  });
});
