import { afterAll, describe, expect, it } from 'vitest';
import { encodeSrn } from '../srn';
import { idpMetadata } from '../seed/demo-data';
import { testEmulator } from '../testing/signed-client';
import { expectError, expectStatus, must } from '../testing/expect-error';

const { emu, send } = testEmulator();
afterAll(() => emu.close());

type Key = {
  id: string;
  access_key_type: string;
  is_enabled: boolean;
  expiration_timestamp: string;
  parent_access_key_id: string | null;
  secret_key: string;
};
type KeyList = {
  access_keys: Key[];
  count: number;
  links: { href: string; rel: string }[];
};
const createKey = async (body: object = { access_key_type: 'PERMANENT' }) =>
  (await send('POST', '/v1/access-keys', { body })).json as { access_key: Key };

describe('access keys', () => {
  it('lists the caller’s keys with marker paging and links', async () => {
    const all = (await send('GET', '/v1/access-keys?limit=100')).json as KeyList;
    expect(all.count).toBe(all.access_keys.length);
    expect(all.access_keys.some((k) => k.access_key_type === 'TEMPORARY')).toBe(true);
    expect(all.access_keys.some((k) => Date.parse(k.expiration_timestamp) < Date.now())).toBe(true);
    const first = (await send('GET', '/v1/access-keys?limit=2&with_count=true')).json as KeyList;
    expect(first.access_keys).toHaveLength(2);
    const next = must(first.links.find((l) => l.rel === 'next')).href;
    const second = (await send('GET', next.slice(next.indexOf('/v1/')))).json as KeyList;
    expect(second.access_keys.map((k) => k.id)).toEqual(all.access_keys.slice(2, 4).map((k) => k.id));
    expect(first.links.map((l) => l.rel)).toEqual(['first', 'self', 'next']);
    expectError(await send('GET', '/v1/access-keys?marker=missing'), 404);
    expectError(await send('GET', '/v1/access-keys?limit=abc'), 400);
    const temps = (await send('GET', '/v1/access-keys?access_key_type=TEMPORARY')).json as KeyList;
    expect(temps.access_keys.every((k) => k.access_key_type === 'TEMPORARY')).toBe(true);
  });

  it('creates permanent keys that never expire or expire after a duration', async () => {
    const forever = await createKey();
    expect(forever.access_key.expiration_timestamp).toBe('9999-12-31T23:59:59Z');
    expect(forever.access_key.secret_key).toMatch(/^[0-9a-f-]{36}$/);
    const dated = await createKey({ access_key_type: 'PERMANENT', duration: 'P1Y2M10DT2H30M15S' });
    const days = (Date.parse(dated.access_key.expiration_timestamp) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(430);
    expect(days).toBeLessThan(442);
    expectError(
      await send('POST', '/v1/access-keys', { body: { access_key_type: 'PERMANENT', duration: '1 year' } }),
      400,
    );
    expectError(
      await send('POST', '/v1/access-keys', { body: { access_key_type: 'SECRET_VAULT_TEMPORARY' } }),
      400,
    );
    expectError(
      await send('POST', '/v1/access-keys', { body: { access_key_type: 'PERMANENT', account_id: 'other' } }),
      404,
    );
  });

  it('creates a temporary key only with a parent and the OTP sent just before', async () => {
    const parent = (await createKey()).access_key;
    expectError(
      await send('POST', '/v1/access-keys', {
        body: { access_key_type: 'TEMPORARY', parent_access_key_id: parent.id },
      }),
      400,
      'MISSING_FIELD',
    );
    expectError(
      await send('POST', '/v1/access-keys', {
        body: { access_key_type: 'TEMPORARY', parent_access_key_id: parent.id, passcode: '123456' },
      }),
      400,
      'INVALID_PASSCODE',
    );
    expectError(await send('POST', '/v1/access-keys/send-otp', { body: { method: 'FAX' } }), 400);
    expectStatus(
      await send('POST', '/v1/access-keys/send-otp', { body: { locale: 'ko_KR', method: 'PHONE' } }),
      204,
    );
    const outbox = (await send('GET', '/emulator/otp-outbox')).json as {
      messages: { code: string; method: string }[];
    };
    const code = must(outbox.messages[0]).code;
    expect(code).toMatch(/^\d{6}$/);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expectError(
      await send('POST', '/v1/access-keys', {
        body: { access_key_type: 'TEMPORARY', parent_access_key_id: parent.id, passcode: wrong },
      }),
      400,
      'INVALID_PASSCODE',
    );
    expectError(
      await send('POST', '/v1/access-keys', {
        body: { access_key_type: 'TEMPORARY', parent_access_key_id: 'missing', passcode: code },
      }),
      404,
    );
    const temp = await send('POST', '/v1/access-keys', {
      body: {
        access_key_type: 'TEMPORARY',
        parent_access_key_id: parent.id,
        passcode: code,
        duration: 'PT2H',
      },
    });
    expectStatus(temp, 201);
    const key = (temp.json as { access_key: Key }).access_key;
    expect(key.parent_access_key_id).toBe(parent.id);
    expect(Date.parse(key.expiration_timestamp) - Date.now()).toBeGreaterThan(7_000_000);
    expectError(
      await send('POST', '/v1/access-keys', {
        body: { access_key_type: 'TEMPORARY', parent_access_key_id: parent.id, passcode: code },
      }),
      400,
      'INVALID_PASSCODE',
    );
    await send('POST', '/v1/access-keys/send-otp', { body: { method: 'EMAIL' } });
    const again = must(
      ((await send('GET', '/emulator/otp-outbox')).json as { messages: { code: string }[] }).messages[0],
    ).code;
    expectError(
      await send('POST', '/v1/access-keys', {
        body: { access_key_type: 'TEMPORARY', parent_access_key_id: key.id, passcode: again },
      }),
      400,
      'INVALID_PARENT',
    );
    expectError(
      await send('POST', '/v1/access-keys', {
        body: {
          access_key_type: 'TEMPORARY',
          parent_access_key_id: parent.id,
          passcode: again,
          duration: 'PT13H',
        },
      }),
      400,
      'INVALID_DURATION',
    );
  });

  it('disables and enables a key, which then fails or passes authentication', async () => {
    const k = (await createKey()).access_key;
    const full = must(emu.store.accessKeys.get(k.id));
    const as = { accessKey: full.access_key, secretKey: full.secret_key };
    expectStatus(await send('GET', '/v1/endpoints', { as }), 200);
    expect(
      (
        (await send('PUT', `/v1/access-keys/${k.id}`, { body: { is_enabled: false } })).json as {
          access_key: Key;
        }
      ).access_key.is_enabled,
    ).toBe(false);
    expectError(await send('GET', '/v1/endpoints', { as }), 401, 'ACCESS_KEY_DISABLED');
    expectStatus(await send('PUT', `/v1/access-keys/${k.id}`, { body: {} }), 200);
    expectStatus(await send('GET', '/v1/endpoints', { as }), 200);
    const current = emu.store.meta.get('account')?.admin_access_key_id ?? '';
    expectError(
      await send('PUT', `/v1/access-keys/${current}`, { body: { is_enabled: false } }),
      400,
      'CURRENT_ACCESS_KEY',
    );
    expectError(await send('DELETE', `/v1/access-keys/${current}`), 400, 'CURRENT_ACCESS_KEY');
  });

  it('deletes one key, or many all-or-nothing and answers with the remaining list', async () => {
    const a = (await createKey()).access_key;
    const b = (await createKey()).access_key;
    expectError(await send('DELETE', '/v1/access-keys/bulk', { body: { ids: [a.id, 'missing'] } }), 404);
    expectStatus(await send('GET', `/v1/access-keys/${a.id}`), 200);
    const left = await send('DELETE', '/v1/access-keys/bulk', { body: { ids: [a.id], limit: 100 } });
    expectStatus(left, 200);
    expect((left.json as KeyList).access_keys.map((k) => k.id)).not.toContain(a.id);
    expectStatus(await send('DELETE', `/v1/access-keys/${b.id}`), 204);
    expectError(await send('GET', `/v1/access-keys/${b.id}`), 404);
  });
});

function samlForm(parts: Record<string, string>, file?: string): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(parts)) form.set(k, v);
  if (file !== undefined) form.set('file', new Blob([file], { type: 'application/xml' }), 'idp.xml');
  return form;
}

describe('SAML providers', () => {
  const xml = idpMetadata('https://sso.test/realm', 'https://sso.test/realm/saml');
  it('parses the metadata: issuer, SSO URL and certificate end', async () => {
    const res = await send('POST', '/v1/saml-providers', {
      raw: samlForm(
        {
          saml_provider_name: 'Parsed',
          federation_type: 'SAML',
          tags: "[{'key': 'company', 'value': 'SDS'}]",
        },
        xml,
      ),
    });
    expectStatus(res, 201);
    const body = res.json as Record<string, unknown>;
    expect(body).toMatchObject({
      idp_issuer_url: 'https://sso.test/realm',
      idp_sso_url: 'https://sso.test/realm/saml',
      idp_cert_end: '2028-11-21T08:48:36Z',
      idp_file_size: Buffer.byteLength(xml),
    });
    expect(body).not.toHaveProperty('idp_file_data');
    const detail = (await send('GET', `/v1/saml-providers/${String(body.id)}`)).json as Record<
      string,
      unknown
    >;
    expect(detail.idp_file_data).toBe(xml);
  });

  it('refuses non-XML files, non-SAML types, bad tags, duplicates and JSON bodies', async () => {
    expectError(
      await send('POST', '/v1/saml-providers', {
        raw: samlForm({ saml_provider_name: 'NotXml', federation_type: 'SAML' }, 'hello'),
      }),
      400,
      'INVALID_METADATA',
    );
    expectError(
      await send('POST', '/v1/saml-providers', {
        raw: samlForm({ saml_provider_name: 'NoEntity', federation_type: 'SAML' }, '<root/>'),
      }),
      400,
      'INVALID_METADATA',
    );
    expectError(
      await send('POST', '/v1/saml-providers', {
        raw: samlForm({ saml_provider_name: 'Oidc', federation_type: 'OIDC' }),
      }),
      400,
    );
    expectError(
      await send('POST', '/v1/saml-providers', {
        raw: samlForm({ saml_provider_name: 'Tags', federation_type: 'SAML', tags: 'company=SDS' }),
      }),
      400,
      'INVALID_TAGS',
    );
    expectError(
      await send('POST', '/v1/saml-providers', { raw: samlForm({ federation_type: 'SAML' }) }),
      400,
    );
    expectError(
      await send('POST', '/v1/saml-providers', {
        body: { saml_provider_name: 'Json', federation_type: 'SAML' },
      }),
      400,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectError(
      await send('POST', '/v1/saml-providers', {
        raw: samlForm({ saml_provider_name: 'CorpKeycloak', federation_type: 'SAML' }),
      }),
      400,
      'DUPLICATE_NAME',
    );
    const huge = xml.replace(
      '</md:EntityDescriptor>',
      `<!--${'x'.repeat(1_000_001)}--></md:EntityDescriptor>`,
    );
    expectError(
      await send('POST', '/v1/saml-providers', {
        raw: samlForm({ saml_provider_name: 'Huge', federation_type: 'SAML' }, huge),
      }),
      400,
      'FILE_TOO_LARGE',
    );
    expectError(
      await send('POST', '/v1/groups', {
        raw: JSON.stringify({ name: 'Huge', description: 'x'.repeat(1_000_001) }),
        headers: { 'Content-Type': 'application/json' },
      }),
      400,
      'BODY_TOO_LARGE',
    );
  });

  it('updates name and file, filters the list and deletes in bulk only', async () => {
    const made = (
      await send('POST', '/v1/saml-providers', {
        raw: samlForm({ saml_provider_name: 'ToUpdate', federation_type: 'SAML' }),
      })
    ).json as { id: string };
    const updated = (
      await send('PUT', `/v1/saml-providers/${made.id}`, {
        raw: samlForm({ saml_provider_name: 'Updated', description: 'new' }, xml),
      })
    ).json as Record<string, unknown>;
    expect(updated).toMatchObject({
      saml_provider_name: 'Updated',
      description: 'new',
      idp_issuer_url: 'https://sso.test/realm',
    });
    const list = (await send('GET', '/v1/saml-providers?saml_provider_name=updat')).json as {
      count: number;
      saml_providers: { id: string }[];
    };
    expect(list.saml_providers.map((s) => s.id)).toEqual([made.id]);
    expectError(await send('DELETE', `/v1/saml-providers/${made.id}`), 404);
    expectError(
      await send('DELETE', '/v1/saml-providers/bulk', { body: { ids: [made.id, 'missing'] } }),
      404,
    );
    expectStatus(await send('DELETE', '/v1/saml-providers/bulk', { body: { ids: [made.id] } }), 204);
    expectError(await send('GET', `/v1/saml-providers/${made.id}`), 404);
  });
});

describe('resource-based policies', () => {
  const srn = 'srn:emulator::acct:kr-west1::objectstorage:bucket/reports';
  const path = `/v1/resource-policies/${encodeSrn(srn)}`;
  const stmt = (Sid: string) => ({
    Sid,
    Effect: 'Allow',
    Action: ['objectstorage:GetObject'],
    Principal: '*',
    Resource: [srn],
  });

  it('refuses SRNs that are not Base64 of an SRN', async () => {
    for (const bad of [
      'not*base64',
      encodeSrn('arn:aws:s3:::bucket'),
      encodeSrn('srn:too:few'),
      '%20',
      encodeSrn('srn:e::1:::iam:\u0000user/x'),
    ]) {
      expectError(await send('GET', `/v1/resource-policies/${bad}`), 400, 'INVALID_SRN');
    }
    expectError(
      await send('GET', `/v1/resource-policies/${encodeSrn('srn:e::1:kr-west1::vs:vm/none')}`),
      404,
    );
  });

  it('accepts standard and URL-safe Base64, with / escaped in the path', async () => {
    const slashy = 'srn:e::1:kr-west1::vs:vm/???>>>';
    const b64 = encodeSrn(slashy);
    expect(b64).toContain('/');
    expectStatus(
      await send('PUT', `/v1/resource-policies/${encodeURIComponent(b64)}`, {
        body: { policy_version: { policy_document: { Version: '2024-07-01', Statement: [stmt('S')] } } },
      }),
      200,
    );
    expectStatus(
      await send('GET', `/v1/resource-policies/${b64.replace(/\+/g, '-').replace(/\//g, '_')}`),
      200,
    );
  });

  it('adds, renames and removes statements by Sid', async () => {
    expectStatus(await send('POST', `${path}/statements`, { body: stmt('Read') }), 201);
    expectError(await send('POST', `${path}/statements`, { body: stmt('Read') }), 409, 'DUPLICATE_SID');
    expectStatus(await send('POST', `${path}/statements`, { body: stmt('Write') }), 201);
    expectError(await send('PUT', `${path}/statements/Read`, { body: stmt('Write') }), 409);
    expectError(await send('PUT', `${path}/statements/Nope`, { body: stmt('Nope') }), 404);
    const renamed = await send('PUT', `${path}/statements/Read`, { body: stmt('ReadAll') });
    expect((renamed.json as { Statement: { Sid: string } }).Statement.Sid).toBe('ReadAll');
    const shown = (await send('GET', path)).json as {
      policy_versions: { policy_document: { Statement: { Sid: string }[] } }[];
      policy_category: string;
    };
    expect(must(shown.policy_versions[0]).policy_document.Statement.map((s) => s.Sid)).toEqual([
      'ReadAll',
      'Write',
    ]);
    expect(shown.policy_category).toBe('RESOURCE_BASED');
    expectStatus(await send('DELETE', `${path}/statements/ReadAll`), 204);
    expectError(await send('DELETE', `${path}/statements/ReadAll`), 404);
    expectStatus(await send('DELETE', `${path}/statements/Write`), 204);
    expectError(await send('GET', path), 404);
  });
});

describe('service accounts and endpoints', () => {
  it('filters service accounts by name and service, and shows one with its password', async () => {
    const all = (await send('GET', '/v1/service-accounts')).json as {
      service_accounts: { id: string; name: string; service: string }[];
    };
    const backup = (await send('GET', '/v1/service-accounts?service=BACKUP')).json as typeof all;
    expect(backup.service_accounts.map((s) => s.service)).toEqual(['backup']);
    expect(
      ((await send('GET', '/v1/service-accounts?name=svc-object')).json as typeof all).service_accounts,
    ).toHaveLength(1);
    const one = (await send('GET', `/v1/service-accounts/${must(all.service_accounts[0]).id}`)).json as {
      service_account: { password: string };
    };
    expect(one.service_account.password.length).toBeGreaterThan(8);
    expectError(await send('GET', '/v1/service-accounts/missing'), 404);
  });

  it('lists the IAM endpoint of each region, configured region first', async () => {
    const res = (await send('GET', '/v1/endpoints')).json as {
      endpoints: { region: string; service_type: string; url: string }[];
    };
    expect(res.endpoints.map((e) => e.region)).toEqual(['kr-west1', 'kr-east1']);
    expect(res.endpoints.every((e) => e.service_type === 'scp-iam' && e.url === 'http://iam.scp.test')).toBe(
      true,
    );
  });
});
