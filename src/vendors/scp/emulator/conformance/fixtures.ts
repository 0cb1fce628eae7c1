import { NEVER_EXPIRES } from '../../wire/access-keys';
import { newUser, stampsAt } from '../bootstrap';
import { newId, newSecret } from '../ids';
import type { ScpEmulator } from '../index';
import type { PolicyRec } from '../records';
import { parseSamlMetadata } from '../saml-metadata';
import { idpMetadata } from '../seed/demo-data';
import { encodeSrn, iamSrn } from '../srn';

/** The seed's example resource-policy SRN, as its path examples carry it. */
export const EXAMPLE_SRN =
  'srn:dev2::1234567890102345690:kr-west1::virtualserver:virtual-server/abcde-1234-5555-6666';
export const EXAMPLE_SRN_B64 = encodeSrn(EXAMPLE_SRN);

export const metadataXml = () =>
  idpMetadata('https://idp.conformance.test/realms/x', 'https://idp.conformance.test/realms/x/protocol/saml');

export type Fixtures = ReturnType<typeof createFixtures>;

/**
 * One of everything, written straight to the store (the API that makes them is tested elsewhere): a user in a
 * group, a policy bound to the user, the group and a role, an unbound policy, a second access key, a SAML
 * provider, a service account and a resource policy on the seed's example SRN.
 */
export function createFixtures(emu: ScpEmulator) {
  const { store } = emu;
  const stamps = stampsAt(emu.config.now() - 60_000, emu.admin.userId);
  const policy = (name: string): PolicyRec => {
    const version = {
      id: newId(),
      name: 'POLICY_VERSION_1',
      document: {
        Version: '2024-07-01',
        Statement: [{ Sid: 'statement1', Effect: 'Allow' as const, Action: ['iam:List*'], Resource: ['*'] }],
      },
      ...stamps,
    };
    const rec: PolicyRec = {
      id: newId(),
      policy_name: name,
      description: null,
      policy_category: 'IDENTITY_BASED',
      policy_type: 'USER_DEFINED',
      service_type: 'iam',
      state: 'ACTIVE',
      tags: [],
      versions: [version],
      default_version_id: version.id,
      ...stamps,
    };
    return store.policies.put(rec.id, rec);
  };
  const bound = policy('FixtureBound');
  const spare = policy('FixtureSpare');
  const user = newUser(
    { user_name: 'fixture.user', email: 'fixture@test', policy_ids: [bound.id], ...stamps },
    'Fixture-Pass-1',
  );
  store.users.put(user.id, user);
  const user2 = newUser({ user_name: 'fixture.other', ...stamps }, 'Fixture-Pass-1');
  store.users.put(user2.id, user2);
  const group = {
    id: newId(),
    name: 'FixtureGroup',
    description: 'g',
    type: 'USER_DEFINED' as const,
    tags: [],
    members: [{ user_id: user.id, created_at: stamps.created_at, created_by: stamps.created_by }],
    policy_ids: [bound.id],
    ...stamps,
  };
  store.groups.put(group.id, group);
  const principal = { type: 'SRN', value: iamSrn(emu.config.environment, emu.accountId, 'group', group.id) };
  const trust = {
    Version: '2024-07-01',
    Statement: [
      {
        Sid: 'statement1',
        Effect: 'Allow' as const,
        Action: ['sts:AssumeRole'],
        Principal: { SRN: [principal.value] },
        Resource: [],
      },
    ],
  };
  const role = {
    id: newId(),
    name: 'fixture-role',
    description: null,
    type: 'USER_DEFINED' as const,
    max_session_duration: 3600,
    tags: [],
    principals: [principal],
    trust: { id: newId(), document: trust, ...stamps },
    policy_ids: [bound.id],
    ...stamps,
  };
  store.roles.put(role.id, role);
  const key = {
    id: newId(),
    access_key: newId(),
    secret_key: newSecret(),
    access_key_type: 'PERMANENT' as const,
    description: 'fixture',
    is_enabled: true,
    expiration_timestamp: NEVER_EXPIRES,
    parent_access_key_id: null,
    ...stamps,
  };
  store.accessKeys.put(key.id, key);
  const xml = metadataXml();
  const meta = parseSamlMetadata(xml);
  const saml = {
    id: newId(),
    saml_provider_name: 'FixtureIdp',
    federation_type: 'SAML',
    description: null,
    tags: [],
    file_name: 'idp.xml',
    file_size: xml.length,
    file_data: xml,
    issuer: meta.issuer,
    sso_url: meta.ssoUrl,
    cert_end: meta.certEnd,
    ...stamps,
  };
  store.saml.put(saml.id, saml);
  const serviceAccountId = newId();
  store.serviceAccounts.put(serviceAccountId, {
    id: serviceAccountId,
    name: 'svc-fixture',
    service: 'backup',
    password: 'pw',
  });
  const statement = {
    Sid: 'Statement1',
    Effect: 'Allow' as const,
    Action: ['virtualserver:ShowVirtualServer'],
    Principal: '*',
    Resource: [EXAMPLE_SRN],
  };
  const versionId = newId();
  store.resourcePolicies.put(EXAMPLE_SRN, {
    srn: EXAMPLE_SRN,
    default_version_id: versionId,
    versions: [{ id: versionId, document: { Version: '2024-07-01', Statement: [statement] }, ...stamps }],
    ...stamps,
  });
  return { user, user2, policy: bound, spare, group, role, key, saml, serviceAccountId };
}
