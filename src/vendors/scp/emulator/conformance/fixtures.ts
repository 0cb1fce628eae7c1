import { encodeSrn } from '../srn';
import { idpMetadata } from '../seed/demo-data';
import type { ScpEmulator } from '../index';
import type { Requester } from '../testing/signed-client';

/** The seed's example resource-policy SRN, as its path examples carry it. */
export const EXAMPLE_SRN = 'srn:dev2::1234567890102345690:kr-west1::virtualserver:virtual-server/abcde-1234-5555-6666';
export const EXAMPLE_SRN_B64 = encodeSrn(EXAMPLE_SRN);

export const metadataXml = () => idpMetadata('https://idp.conformance.test/realms/x', 'https://idp.conformance.test/realms/x/protocol/saml');

const doc = (actions: string[]) => ({ Version: '2024-07-01', Statement: [{ Sid: 'statement1', Effect: 'Allow', Action: actions, Resource: ['*'] }] });

async function ok<T>(p: Promise<{ status: number; json: unknown }>, what: string): Promise<T> {
  const r = await p;
  if (r.status >= 300) throw new Error(`fixture ${what}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as T;
}

export type Fixtures = Awaited<ReturnType<typeof createFixtures>>;

/**
 * One of everything, made through the API itself: a user in a group, a policy bound to the user, the group and
 * a role, an unbound policy, a second access key, a SAML provider, a service account and a resource policy.
 */
export async function createFixtures(emu: ScpEmulator, send: Requester) {
  const users = `/v1/accounts/${emu.accountId}/users`;
  const mkUser = (name: string) =>
    ok<{ id: string }>(send('POST', users, { body: { user_name: name, password: 'Fixture-Pass-1', temporary_password: false } }), 'user');
  const user = await mkUser('fixture.user');
  const user2 = await mkUser('fixture.other');
  const mkPolicy = (name: string) =>
    ok<{ id: string; default_version_id: string }>(send('POST', '/v1/policies', { body: { policy_name: name, policy_version: { policy_document: doc(['iam:List*']) } } }), 'policy');
  const policy = await mkPolicy('FixtureBound');
  const spare = await mkPolicy('FixtureSpare');
  const group = (await ok<{ group: { id: string } }>(send('POST', '/v1/groups', { body: { name: 'FixtureGroup', description: 'g', user_ids: [user.id], policy_ids: [policy.id] } }), 'group')).group;
  await ok(send('POST', `/v1/users/${user.id}/policy-bindings`, { body: { policy_ids: [policy.id] } }), 'user binding');
  const role = (
    await ok<{ role: { id: string; name: string } }>(
      send('POST', '/v1/roles', { body: { name: 'fixture-role', policy_ids: [policy.id], principals: [{ type: 'SRN', value: `srn:e::${emu.accountId}:::iam:group/${group.id}` }] } }),
      'role',
    )
  ).role;
  const key = (await ok<{ access_key: { id: string } }>(send('POST', '/v1/access-keys', { body: { access_key_type: 'PERMANENT', description: 'fixture' } }), 'key')).access_key;
  const form = new FormData();
  form.set('federation_type', 'SAML');
  form.set('saml_provider_name', 'FixtureIdp');
  form.set('file', new Blob([metadataXml()], { type: 'application/xml' }), 'idp.xml');
  const saml = await ok<{ id: string }>(send('POST', '/v1/saml-providers', { raw: form }), 'saml');
  emu.store.serviceAccounts.put('sa0123456789abcdef0123456789abcd', { id: 'sa0123456789abcdef0123456789abcd', name: 'svc-fixture', service: 'backup', password: 'pw' });
  const statement = { Action: ['virtualserver:ShowVirtualServer'], Effect: 'Allow', Principal: '*', Resource: [EXAMPLE_SRN], Sid: 'Statement1' };
  await ok(send('PUT', `/v1/resource-policies/${EXAMPLE_SRN_B64}`, { body: { policy_version: { policy_document: { Version: '2024-07-01', Statement: [statement] } } } }), 'resource policy');
  return { user, user2, policy, spare, group, role, key, saml, serviceAccountId: 'sa0123456789abcdef0123456789abcd' };
}
