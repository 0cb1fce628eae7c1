import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CreateUserAccessKeyResponse } from '../../wire/credentials';
import { TokenResponse } from '../../wire/oauth';
import { harness } from '../test-support';
import type { Harness } from '../test-support';

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('OAuth token service', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());

  const create = (
    auth: string | undefined,
    body = 'grant_type=client_credentials',
    headers: Record<string, string> = FORM,
  ) =>
    h.raw('POST', '/oauth2/token/create', {
      rawBody: body,
      headers: { ...headers, ...(auth ? { authorization: auth } : {}) },
    });

  it('issues a 128-character bearer token with the key lifetime', async () => {
    const res = await create(basic(h.meta.userAccessKeyId, h.meta.secretAccessKey));
    expect(res.status).toBe(200);
    const body = TokenResponse.parse(await res.json());
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 86_400 });
    expect(body.access_token).toMatch(/^[A-Za-z0-9]{128}$/);
  });

  it.each([
    ['no credentials', () => undefined],
    ['a wrong secret', (h: Harness) => basic(h.meta.userAccessKeyId, 'wrong-secret-000')],
    ['an unknown key', () => basic('AAAAAAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBB')],
    ['a non-Basic scheme', () => 'Bearer abc'],
  ])('answers 401 invalid_client for %s', async (_label, auth) => {
    const res = await create(auth(h));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(await res.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('requires grant_type=client_credentials in a form body', async () => {
    const auth = basic(h.meta.userAccessKeyId, h.meta.secretAccessKey);
    const wrongGrant = await create(auth, 'grant_type=password');
    expect(wrongGrant.status).toBe(400);
    expect(await wrongGrant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const missing = await create(auth, 'scope=x');
    expect(await missing.json()).toMatchObject({ error: 'invalid_request' });
    const json = await create(auth, '{"grant_type":"client_credentials"}', {
      'content-type': 'application/json',
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses a stopped key, expires its tokens, and accepts it again once STABLE', async () => {
    const me = await h.account();
    const spare = await h.ok(CreateUserAccessKeyResponse, 'POST', '/v1/authentications/user-access-keys', {
      token: me.token,
    });
    const spareToken = await h.issueToken(
      spare.authentication.userAccessKeyID,
      spare.authentication.secretAccessKey,
    );
    const keyPath = `/v1/authentications/user-access-keys/${me.keyId}`;
    expect(await h.code('PUT', keyPath, { token: me.token, body: { status: 'STOP' } })).toBe(0);
    expect((await create(basic(me.keyId, me.secret))).status).toBe(401);
    expect(await h.code('GET', '/v1/authentications/user-access-keys', { token: me.token })).toBe(80007);
    expect(await h.code('PUT', keyPath, { token: spareToken, body: { status: 'STABLE' } })).toBe(0);
    expect((await create(basic(me.keyId, me.secret))).status).toBe(200);
  });

  it('revokes a token of the same key, ignores others, and needs credentials', async () => {
    const auth = basic(h.meta.userAccessKeyId, h.meta.secretAccessKey);
    const token = await h.issueToken(h.meta.userAccessKeyId, h.meta.secretAccessKey);
    const other = await h.account();
    const foreign = await h.raw('POST', '/oauth2/token/revoke', {
      rawBody: `token=${other.token}`,
      headers: { ...FORM, authorization: auth },
    });
    expect(foreign.status).toBe(200);
    expect((await h.call('GET', '/v1/authentications/user-access-keys', { token: other.token })).code).toBe(
      0,
    );
    const res = await h.raw('POST', '/oauth2/token/revoke', {
      rawBody: `token=${token}`,
      headers: { ...FORM, authorization: auth },
    });
    expect(res.status).toBe(200);
    expect((await h.call('GET', '/v1/authentications/user-access-keys', { token })).code).toBe(80007);
    const anonymous = await h.raw('POST', '/oauth2/token/revoke', {
      rawBody: `token=${token}`,
      headers: FORM,
    });
    expect(anonymous.status).toBe(401);
    const noToken = await h.raw('POST', '/oauth2/token/revoke', {
      rawBody: '',
      headers: { ...FORM, authorization: auth },
    });
    expect(await noToken.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('x-nhn-authorization bearer check', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());
  const PATH = '/v1/authentications/user-access-keys';

  it.each([
    ['no header', null],
    ['an unknown token', 'x'.repeat(128)],
  ])('rejects %s with 80007 and HTTP 401 in the envelope', async (_label, token) => {
    const res = await h.call('GET', PATH, { token });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      header: { isSuccessful: false, resultCode: 80007, resultMessage: expect.any(String) as string },
    });
  });

  it('expires tokens after the key lifetime, set when the token was issued', async () => {
    const created = await h.ok(CreateUserAccessKeyResponse, 'POST', PATH, {
      body: { tokenExpiryPeriod: 60 },
    });
    const { userAccessKeyID, secretAccessKey } = created.authentication;
    const token = await h.issueToken(userAccessKeyID, secretAccessKey);
    h.advance(59);
    expect((await h.call('GET', PATH, { token })).code).toBe(0);
    h.advance(1);
    expect((await h.call('GET', PATH, { token })).code).toBe(80007);
  });

  it('answers an unknown route or method with 404 before checking the token', async () => {
    const unknown = await h.call('GET', '/v1/nothing-here', { token: null });
    expect(unknown.status).toBe(404);
    expect(unknown.code).toBe(404);
    const wrongMethod = await h.call('PATCH', PATH);
    expect(wrongMethod.code).toBe(404);
    expect((await h.call('GET', '/elsewhere')).code).toBe(404);
  });

  it('can answer every failure with HTTP 200 when configured so', async () => {
    const h200 = await harness({ httpStatusMode: 'always-200' });
    const res = await h200.call('GET', PATH, { token: null });
    expect(res.status).toBe(200);
    expect(res.code).toBe(80007);
    h200.close();
  });
});
