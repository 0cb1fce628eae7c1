import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeaderOnlyResponse } from '../../wire/common';
import {
  CreateUserAccessKeyResponse,
  ListOrgCredentialsResponse,
  ListTokensResponse,
  ListUserAccessKeysResponse,
  ReissueSecretResponse,
} from '../../wire/credentials';
import { harness } from '../test-support';
import type { Harness } from '../test-support';

const KEYS = '/v1/authentications/user-access-keys';

describe('User Access Keys (#46 #48 #50 #51 #52)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());

  it('lists only the caller’s keys with a masked secret and the count of valid tokens', async () => {
    const list = await h.ok(ListUserAccessKeysResponse, 'GET', KEYS);
    const boot = list.authentications.find((k) => k.userAccessKeyID === h.meta.userAccessKeyId);
    expect(boot).toMatchObject({
      authStatus: 'STABLE',
      uuid: h.meta.ownerUuid,
      tokenExpiryPeriod: 86_400,
      validTokenCount: 1,
    });
    expect(boot?.secretAccessKey).toBe(`${h.meta.secretAccessKey.slice(0, 4)}****`);
    expect(list.authentications.every((k) => k.uuid === h.meta.ownerUuid)).toBe(true);
    expect(list.authentications.some((k) => k.authStatus === 'STOP')).toBe(true);
  });

  it('creates a 20-character key whose 16-character secret is shown once and works at the token service', async () => {
    const created = await h.ok(CreateUserAccessKeyResponse, 'POST', KEYS, {
      body: { tokenExpiryPeriod: 3600 },
    });
    expect(created.authentication.userAccessKeyID).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(created.authentication.secretAccessKey).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(created.authentication.tokenExpiryPeriod).toBe(3600);
    const token = await h.issueToken(
      created.authentication.userAccessKeyID,
      created.authentication.secretAccessKey,
    );
    expect(await h.code('GET', KEYS, { token })).toBe(0);
    const listed = (await h.ok(ListUserAccessKeysResponse, 'GET', KEYS)).authentications.find(
      (k) => k.userAccessKeyID === created.authentication.userAccessKeyID,
    );
    expect(listed?.secretAccessKey).not.toBe(created.authentication.secretAccessKey);
    expect(listed?.lastUsedDatetime).toEqual(expect.any(String));
  });

  it('defaults the lifetime to one day, rejects one outside 60–86,400 s, and caps keys at five per account', async () => {
    const me = await h.account();
    expect(
      (await h.ok(CreateUserAccessKeyResponse, 'POST', KEYS, { token: me.token })).authentication
        .tokenExpiryPeriod,
    ).toBe(86_400);
    expect(await h.code('POST', KEYS, { token: me.token, body: { tokenExpiryPeriod: 59 } })).toBe(400);
    expect(await h.code('POST', KEYS, { token: me.token, body: { tokenExpiryPeriod: 86_401 } })).toBe(400);
    expect(await h.code('POST', KEYS, { token: me.token, body: { tokenExpiryPeriod: 'soon' } })).toBe(400);
    for (let i = 0; i < 3; i++) expect(await h.code('POST', KEYS, { token: me.token })).toBe(0);
    expect(await h.code('POST', KEYS, { token: me.token })).toBe(10005);
  });

  it('reissues the secret: the old one stops working; needExpireTokens ends issued tokens', async () => {
    const me = await h.account();
    const keep = await h.ok(ReissueSecretResponse, 'PUT', `${KEYS}/${me.keyId}/secretkey-reissue`, {
      token: me.token,
      body: {},
    });
    expect(keep.authentication.secretAccessKey).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(await h.code('GET', KEYS, { token: me.token })).toBe(0);
    const fresh = await h.issueToken(me.keyId, keep.authentication.secretAccessKey);
    expect(fresh).toBeTruthy();
    const old = await h.raw('POST', '/oauth2/token/create', {
      rawBody: 'grant_type=client_credentials',
      headers: {
        authorization: `Basic ${Buffer.from(`${me.keyId}:${me.secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(old.status).toBe(401);
    await h.ok(ReissueSecretResponse, 'PUT', `${KEYS}/${me.keyId}/secretkey-reissue`, {
      token: fresh,
      body: { needExpireTokens: true },
    });
    expect(await h.code('GET', KEYS, { token: fresh })).toBe(80007);
    const listed = (
      await h.ok(ListUserAccessKeysResponse, 'GET', KEYS, { token: await h.account().then((a) => a.token) })
    ).authentications;
    expect(listed.find((k) => k.userAccessKeyID === me.keyId)).toBeUndefined();
  });

  it('changes status only to STOP or STABLE', async () => {
    const me = await h.account();
    expect(await h.code('PUT', `${KEYS}/${me.keyId}`, { token: me.token, body: { status: 'BLOCKED' } })).toBe(
      400,
    );
    expect(await h.code('PUT', `${KEYS}/${me.keyId}`, { token: me.token, body: {} })).toBe(400);
    await h.ok(HeaderOnlyResponse, 'PUT', `${KEYS}/${me.keyId}`, {
      token: me.token,
      body: { status: 'STABLE' },
    });
  });

  it('lets only the owner manage a key: another member gets -6, an unknown key 60003', async () => {
    const me = await h.account();
    const other = await h.account({ org: ['OWNER'] });
    for (const [method, path, body] of [
      ['PUT', `${KEYS}/${me.keyId}/secretkey-reissue`, {}],
      ['PUT', `${KEYS}/${me.keyId}`, { status: 'STOP' }],
      ['DELETE', `${KEYS}/${me.keyId}`, undefined],
      ['GET', `${KEYS}/${me.keyId}/tokens`, undefined],
    ] as const) {
      expect(await h.code(method, path, { token: other.token, body })).toBe(-6);
      expect(await h.code(method, path.replace(me.keyId, 'A'.repeat(20)), { token: other.token, body })).toBe(
        60003,
      );
    }
    expect(await h.code('GET', KEYS, { token: me.token })).toBe(0);
  });

  it('deletes a key and with it every token it issued', async () => {
    const me = await h.account();
    const spare = await h.ok(CreateUserAccessKeyResponse, 'POST', KEYS, { token: me.token });
    const spareToken = await h.issueToken(
      spare.authentication.userAccessKeyID,
      spare.authentication.secretAccessKey,
    );
    await h.ok(HeaderOnlyResponse, 'DELETE', `${KEYS}/${me.keyId}`, { token: spareToken });
    expect(await h.code('GET', KEYS, { token: me.token })).toBe(80007);
    const left = await h.ok(ListUserAccessKeysResponse, 'GET', KEYS, { token: spareToken });
    expect(left.authentications.map((k) => k.userAccessKeyID)).toEqual([
      spare.authentication.userAccessKeyID,
    ]);
  });
});

describe('Tokens of a key (#53 #54)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());
  const tokensOf = (id: string) => `${KEYS}/${id}/tokens`;

  it('lists tokens newest first, masked, with status, dates, paging and totalItems', async () => {
    const me = await h.account();
    const second = await h.issueToken(me.keyId, me.secret);
    const list = await h.ok(ListTokensResponse, 'GET', tokensOf(me.keyId), { token: second });
    expect(list.totalItems).toBe(2);
    expect(list.paging).toEqual({ page: 1, limit: 20, totalCount: 2 });
    const [newest, oldest] = list.tokens;
    expect(newest?.tokenId).toBeGreaterThan(oldest?.tokenId ?? Infinity);
    expect(newest).toMatchObject({ status: 'ACTIVE', accessToken: `${second.slice(0, 4)}****` });
    expect(newest?.expireDatetime).toMatch(/Z$/);
    const exact = await h.ok(ListTokensResponse, 'GET', `${tokensOf(me.keyId)}?token=${me.token}`, {
      token: second,
    });
    expect(exact.tokens.map((t) => t.tokenId)).toEqual([oldest?.tokenId]);
    const paged = await h.ok(ListTokensResponse, 'GET', `${tokensOf(me.keyId)}?page=2&limit=1`, {
      token: second,
    });
    expect(paged.tokens.map((t) => t.tokenId)).toEqual([oldest?.tokenId]);
  });

  it('filters by status and by the …From dates, and validates them', async () => {
    const me = await h.account();
    h.advance(3600);
    const later = await h.issueToken(me.keyId, me.secret);
    await h.ok(HeaderOnlyResponse, 'DELETE', tokensOf(me.keyId), {
      token: later,
      body: { tokens: [me.token] },
    });
    const expired = await h.ok(ListTokensResponse, 'GET', `${tokensOf(me.keyId)}?status=EXPIRED`, {
      token: later,
    });
    expect(expired.tokens).toHaveLength(1);
    const since = new Date(Date.parse('2026-03-02T09:30:00.000Z')).toISOString();
    const recent = await h.ok(ListTokensResponse, 'GET', `${tokensOf(me.keyId)}?regDatetimeFrom=${since}`, {
      token: later,
    });
    expect(recent.tokens).toHaveLength(1);
    expect(recent.tokens[0]?.status).toBe('ACTIVE');
    expect(await h.code('GET', `${tokensOf(me.keyId)}?status=ALIVE`, { token: later })).toBe(400);
    expect(await h.code('GET', `${tokensOf(me.keyId)}?expireDatetimeFrom=yesterday`, { token: later })).toBe(
      400,
    );
    expect(await h.code('GET', `${tokensOf(me.keyId)}?page=0`, { token: later })).toBe(400);
  });

  it('expires by id, by token, by both (intersection) or all with an empty body', async () => {
    const me = await h.account();
    const t2 = await h.issueToken(me.keyId, me.secret);
    const t3 = await h.issueToken(me.keyId, me.secret);
    const ids = (await h.ok(ListTokensResponse, 'GET', tokensOf(me.keyId), { token: t3 })).tokens.map(
      (t) => t.tokenId,
    );
    const [id3, id2] = ids;
    // Both lists naming different tokens: their intersection is empty, nothing expires.
    await h.ok(HeaderOnlyResponse, 'DELETE', tokensOf(me.keyId), {
      token: t3,
      body: { tokenIds: [id2], tokens: [t3] },
    });
    expect(await h.code('GET', KEYS, { token: t2 })).toBe(0);
    await h.ok(HeaderOnlyResponse, 'DELETE', tokensOf(me.keyId), { token: t3, body: { tokenIds: [id2] } });
    expect(await h.code('GET', KEYS, { token: t2 })).toBe(80007);
    expect(await h.code('GET', KEYS, { token: t3 })).toBe(0);
    expect(id3).toBeDefined();
    await h.ok(HeaderOnlyResponse, 'DELETE', tokensOf(me.keyId), { token: t3 });
    expect(await h.code('GET', KEYS, { token: t3 })).toBe(80007);
    expect(await h.code('GET', KEYS, { token: me.token })).toBe(80007);
  });

  it('does nothing, successfully, when another member asks to expire a key’s tokens', async () => {
    const me = await h.account();
    const other = await h.account();
    await h.ok(HeaderOnlyResponse, 'DELETE', tokensOf(me.keyId), { token: other.token, body: {} });
    expect(await h.code('GET', KEYS, { token: me.token })).toBe(0);
    expect(await h.code('DELETE', tokensOf('B'.repeat(20)), { token: other.token })).toBe(60003);
    expect(
      await h.code('DELETE', tokensOf(me.keyId), {
        token: me.token,
        rawBody: '{oops',
        headers: { 'content-type': 'application/json' },
      }),
    ).toBe(400);
  });
});

describe('Org credential inventory (#60)', () => {
  it('lists every member’s keys masked, with a blank secret, paged, for Organization.UserAccessKey.List only', async () => {
    const h = await harness();
    const list = await h.ok(
      ListOrgCredentialsResponse,
      'GET',
      `/v1/authentications/organizations/${h.orgId}/user-access-keys?limit=3`,
    );
    expect(list.paging).toMatchObject({ page: 1, limit: 3 });
    expect(list.paging.totalCount).toBeGreaterThanOrEqual(6);
    expect(list.authenticationList).toHaveLength(3);
    for (const k of list.authenticationList) {
      expect(k.secretAccessKey).toBe('');
      expect(k.userAccessKeyID).toMatch(/^.{4}\*{4}$/);
      expect(k.authId).toMatch(/\*{4}$/);
    }
    const auditor = await h.account({ org: ['MEMBER', 'ORG_AUTHENTICATION_MANAGEMENT_ADMIN'] });
    expect(
      await h.code('GET', `/v1/authentications/organizations/${h.orgId}/user-access-keys`, {
        token: auditor.token,
      }),
    ).toBe(0);
    const member = await h.account();
    expect(
      await h.code('GET', `/v1/authentications/organizations/${h.orgId}/user-access-keys`, {
        token: member.token,
      }),
    ).toBe(-6);
    expect(await h.code('GET', `/v1/authentications/organizations/${'x'.repeat(16)}/user-access-keys`)).toBe(
      22016,
    );
    h.close();
  });
});
