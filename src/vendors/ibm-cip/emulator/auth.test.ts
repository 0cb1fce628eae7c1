import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listen } from '../../../server/listen';
import { CipErrorSchema, OAuthErrorSchema, TokenResponseSchema } from '../wire';
import { emulatorLoaders } from '../../../emulator-kit/registry';
import { createCipEmulator, createEmulator } from './index';
import { startCip, type TestCip } from './test-support';

const CREDENTIALS = {
  client_id: 'client-12345-12345',
  client_secret: 'secret-12345-12345',
  grant_type: 'client_credentials',
};

describe('ibm-cip OAuth client credentials', () => {
  let cip: TestCip;
  afterEach(() => cip.close());

  it('issues a UUID bearer token with expires_in 3599, and hands the live token out again', async () => {
    cip = await startCip();
    const first = await cip.anonymous('POST', '/GmaApi/oauth/token', { form: CREDENTIALS });
    expect(first.status).toBe(200);
    const token = TokenResponseSchema.parse(first.body);
    expect(token.access_token).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(token).toMatchObject({ token_type: 'bearer', expires_in: 3599 });
    cip.advance(600_000);
    const again = TokenResponseSchema.parse(
      (await cip.anonymous('POST', '/GmaApi/oauth/token', { form: CREDENTIALS })).body,
    );
    expect(again.access_token).toBe(token.access_token);
    expect(again.expires_in).toBe(2999);
  });

  it('accepts HTTP Basic client authentication', async () => {
    cip = await startCip();
    const basic = Buffer.from('client-12345-12345:secret-12345-12345').toString('base64');
    const res = await cip.anonymous(
      'POST',
      '/GmaApi/oauth/token',
      { form: { grant_type: 'client_credentials' } },
      { Authorization: `Basic ${basic}` },
    );
    expect(res.status).toBe(200);
  });

  it('refuses bad credentials and other grant types with OAuth error bodies', async () => {
    cip = await startCip();
    const bad = await cip.anonymous('POST', '/GmaApi/oauth/token', {
      form: { ...CREDENTIALS, client_secret: 'wrong' },
    });
    expect(bad.status).toBe(401);
    expect(OAuthErrorSchema.parse(bad.body)).toEqual({
      error: 'invalid_client',
      error_description: 'Bad client credentials',
    });
    const grant = await cip.anonymous('POST', '/GmaApi/oauth/token', {
      form: { ...CREDENTIALS, grant_type: 'password' },
    });
    expect(grant.status).toBe(400);
    expect(grant.body).toMatchObject({ error: 'unsupported_grant_type' });
    const none = await cip.anonymous('POST', '/GmaApi/oauth/token', {
      form: { ...CREDENTIALS, grant_type: '' },
    });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ error: 'invalid_request' });
  });

  it('answers 401 unauthorized without a token and invalid_token for an unknown or expired one', async () => {
    cip = await startCip({ tokenValiditySeconds: 60 });
    const missing = await cip.anonymous('GET', '/GmaApi/groups/names');
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({
      error: 'unauthorized',
      error_description: 'An Authentication object was not found in the SecurityContext',
    });
    const unknown = await cip.anonymous('GET', '/GmaApi/groups/names', undefined, {
      Authorization: 'Bearer 39c58ee0-95dc-408d-98b4-2a089df8dbee',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({
      error: 'invalid_token',
      error_description: 'Invalid access token: 39c58ee0-95dc-408d-98b4-2a089df8dbee',
    });
    expect(unknown.headers.get('www-authenticate')).toContain('invalid_token');
    expect((await cip.call('GET', '/GmaApi/groups/names')).status).toBe(200);
    cip.advance(60_000);
    const expired = await cip.call('GET', '/GmaApi/groups/names');
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({
      error: 'invalid_token',
      error_description: `Invalid access token: ${cip.token}`,
    });
    const fresh = TokenResponseSchema.parse(
      (await cip.anonymous('POST', '/GmaApi/oauth/token', { form: CREDENTIALS })).body,
    );
    expect(fresh.access_token).not.toBe(cip.token);
    expect(fresh.expires_in).toBe(59);
  });

  it('takes the token lifetime from the environment', async () => {
    process.env.TESSERA_IBM_CIP_TOKEN_VALIDITY = '120';
    try {
      cip = await startCip();
      const res = TokenResponseSchema.parse(
        (await cip.anonymous('POST', '/GmaApi/oauth/token', { form: CREDENTIALS })).body,
      );
      expect(res.expires_in).toBe(119);
    } finally {
      delete process.env.TESSERA_IBM_CIP_TOKEN_VALIDITY;
    }
  });

  it('answers unknown routes with the Chapter 5 error shape', async () => {
    cip = await startCip();
    const res = await cip.call('GET', '/GmaApi/nothing/here');
    expect(res.status).toBe(404);
    expect(CipErrorSchema.parse(res.body)).toMatchObject({ status: 404, code: 404, message: 'NotFound' });
  });
});

describe('ibm-cip emulator over HTTP', () => {
  it('serves the API on a real port and keeps state in its file across restarts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cip-'));
    const file = path.join(dir, 'ibm-cip.sqlite');
    try {
      const first = createCipEmulator({ file, seed: true });
      expect(first.demo).toMatchObject({
        settings: { clientId: 'client-12345-12345' },
        secrets: { clientSecret: 'secret-12345-12345' },
      });
      const server = await listen(first.app.fetch, '127.0.0.1', 0);
      const tokenRes = await fetch(`${server.url}/GmaApi/oauth/token`, {
        method: 'POST',
        body: new URLSearchParams({
          client_id: first.demo.settings.clientId ?? '',
          client_secret: first.demo.secrets.clientSecret ?? '',
          grant_type: 'client_credentials',
        }),
      });
      const { access_token } = TokenResponseSchema.parse(await tokenRes.json());
      const created = await fetch(`${server.url}/GmaApi/groups/Persisted`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${access_token}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'description=kept',
      });
      expect(created.status).toBe(200);
      // DELETE with a form body, as G7 sends it, survives a real HTTP hop.
      const removed = await fetch(`${server.url}/GmaApi/groups/Group1/members`, {
        method: 'DELETE',
        headers: {
          Authorization: `Bearer ${access_token}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'member=0a577a49-c211-4b69-a81f-01537a302c0b&member=224187d8-6aee-42e8-826d-4384a5459efd',
      });
      expect(await removed.json()).toEqual({ status: 'success' });
      const left = await fetch(`${server.url}/GmaApi/groups/Group1/members`, {
        headers: { Authorization: `Bearer ${access_token}` },
      });
      expect(await left.json()).toEqual({
        status: 'success',
        total_count: 1,
        entries: ['f3acac82-30c7-4c92-afb6-22eb6e46234d'],
      });
      await server.close();
      first.close();

      const second = createCipEmulator({ file, seed: true });
      const res = await second.app.request('/GmaApi/groups/names', {
        headers: { Authorization: `Bearer ${access_token}` },
      });
      const body = (await res.json()) as { entries: string[] };
      expect(body.entries).toContain('Persisted');
      expect(body.entries.filter((n) => n === 'Group1')).toHaveLength(1);
      second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is registered with the emulator kit', async () => {
    expect(await emulatorLoaders['ibm-cip']?.()).toBe(createEmulator);
  });

  it('takes the bootstrap credential from the launcher options', async () => {
    const emulator = createCipEmulator({ seed: false, adminId: 'ops-client', adminSecret: 'ops-secret' });
    expect(emulator.demo.settings).toEqual({ clientId: 'ops-client' });
    expect(emulator.demo.secrets).toEqual({ clientSecret: 'ops-secret' });
    const res = await emulator.app.request('/GmaApi/oauth/token', {
      method: 'POST',
      body: new URLSearchParams({
        client_id: 'ops-client',
        client_secret: 'ops-secret',
        grant_type: 'client_credentials',
      }),
    });
    expect(res.status).toBe(200);
    emulator.close();
  });

  it('starts empty without the demo seed, the API key still configured', async () => {
    const cip = await startCip({ seed: false });
    const res = await cip.call('GET', '/GmaApi/users');
    expect(res.body).toEqual({ status: 'success', total_count: 0, entries: [] });
    cip.close();
  });
});
