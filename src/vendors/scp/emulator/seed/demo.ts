import { NEVER_EXPIRES } from '../../wire/access-keys';
import { isoSeconds, type ScpEmulatorConfig } from '../config';
import { SYSTEM_ACTOR, newUser, stampsAt } from '../bootstrap';
import { newId, newSecret } from '../ids';
import type { AccessKeyRec, GroupRec, PolicyRec, RoleRec } from '../records';
import { parseSamlMetadata } from '../saml-metadata';
import { iamSrn } from '../srn';
import { metaOf, type ScpStore } from '../store';
import {
  DEMO_GROUPS,
  DEMO_POLICIES,
  DEMO_ROLES,
  DEMO_SERVICE_ACCOUNTS,
  DEMO_USERS,
  GROUP_POLICIES,
  idpMetadata,
} from './demo-data';

const DAY = 86_400_000;

/** True when nothing but the bootstrap is in the store, so the demo data loads once. */
export function isFresh(store: ScpStore): boolean {
  return store.users.count() <= 1 && store.groups.count() === 0;
}

/** Loads the demo account on top of the bootstrap: users, groups, policies, roles, keys, SAML and more. */
export function seedDemo(store: ScpStore, config: ScpEmulatorConfig): void {
  const meta = metaOf(store);
  const now = config.now();
  const admin = meta.admin_user_id;
  const at = (daysAgo: number) => stampsAt(now - daysAgo * DAY, admin);
  store.transaction(() => {
    const policyIds = new Map<string, string>();
    for (const p of store.policies.list()) policyIds.set(p.policy_name, p.id);
    DEMO_POLICIES.forEach((p, i) => {
      const stamps = at(300 - i * 20);
      const version = {
        id: newId(),
        name: 'POLICY_VERSION_1',
        document: { Version: '2024-07-01', Statement: p.statements },
        ...stamps,
      };
      const rec: PolicyRec = {
        id: newId(),
        policy_name: p.name,
        description: p.description,
        policy_category: 'IDENTITY_BASED',
        policy_type: 'USER_DEFINED',
        service_type: 'iam',
        state: 'ACTIVE',
        tags: [{ key: 'owner', value: 'security' }],
        versions: [version],
        default_version_id: version.id,
        ...stamps,
      };
      store.policies.put(rec.id, rec);
      policyIds.set(p.key, rec.id);
    });
    const policiesOf = (keys: string[]) =>
      keys.map((k) => policyIds.get(k)).filter((id): id is string => id !== undefined);

    const members = new Map<string, string[]>();
    DEMO_USERS.forEach(([userName, last, first, groups], i) => {
      const created = 280 - i * 8;
      const isBot = last === '';
      const user = newUser(
        {
          user_name: userName,
          email: isBot ? null : `${userName}@tessera.example`,
          phone_number: isBot ? null : `010${String(20_000_000 + i * 1_234_567).slice(0, 8)}`,
          first_name: first || null,
          last_name: last || null,
          company_name: 'Tessera Demo Co.',
          description: isBot ? 'Machine user.' : null,
          email_authenticated: !isBot && i % 4 !== 3,
          phone_authenticated: !isBot && i % 3 === 0,
          last_login_at: isBot || i % 7 === 6 ? null : isoSeconds(now - (i % 9) * DAY - i * 3_600_000),
          password_reuse_count: i % 5 === 0 ? 3 : 0,
          temporary_password: i === DEMO_USERS.length - 5,
          state: userName === 'hyejin.bae' ? 'INACTIVE' : 'ACTIVE',
          policy_ids:
            userName === 'jisoo.son'
              ? policiesOf(['billing'])
              : userName === 'ci-bot'
                ? policiesOf(['iam-self'])
                : [],
          ...at(created),
        },
        `Demo-${userName}-1!`,
      );
      store.users.put(user.id, user);
      for (const g of groups) members.set(g, [...(members.get(g) ?? []), user.id]);
    });
    const adminUser = store.users.get(admin);
    if (adminUser) members.set('admins', [admin, ...(members.get('admins') ?? [])]);

    const groupIds = new Map<string, string>();
    DEMO_GROUPS.forEach(([key, name, description, type], i) => {
      const stamps = at(290 - i * 10);
      const rec: GroupRec = {
        id: newId(),
        name,
        description,
        type,
        tags: [],
        members: (members.get(key) ?? []).map((user_id) => ({
          user_id,
          created_at: stamps.created_at,
          created_by: admin,
        })),
        policy_ids: policiesOf(GROUP_POLICIES[key] ?? []),
        ...stamps,
      };
      store.groups.put(rec.id, rec);
      groupIds.set(key, rec.id);
    });

    DEMO_ROLES.forEach(([name, description, type, trusts, policies, maxSession], i) => {
      const stamps = type === 'SERVICE_LINKED' ? stampsAt(now - 200 * DAY, SYSTEM_ACTOR) : at(150 - i * 15);
      const principal =
        trusts === 'group'
          ? {
              type: 'SRN',
              value: iamSrn(
                config.environment,
                meta.account_id,
                'group',
                groupIds.get(name === 'data-pipeline' ? 'data' : 'security') ?? '',
              ),
            }
          : trusts === 'service'
            ? { type: 'Service', value: 'cloudmonitoring.samsungsdscloud.com' }
            : {
                type: 'Account',
                value: name === 'ci-deployer' ? meta.account_id : 'a1e3c5d7f9b24680ace13579bdf02468',
              };
      const rec: RoleRec = {
        id: newId(),
        name,
        description,
        type,
        max_session_duration: maxSession,
        tags: [{ key: 'team', value: 'platform' }],
        principals: [principal],
        trust: {
          id: newId(),
          document: {
            Version: '2024-07-01',
            Statement: [
              {
                Sid: 'statement1',
                Effect: 'Allow',
                Action: ['sts:AssumeRole'],
                Principal: { [principal.type]: [principal.value] },
                Resource: [],
              },
            ],
          },
          ...stamps,
        },
        policy_ids: policiesOf(policies),
        ...stamps,
      };
      store.roles.put(rec.id, rec);
    });

    const key = (
      fields: Partial<AccessKeyRec> & Pick<AccessKeyRec, 'description' | 'created_at' | 'created_by'>,
    ): AccessKeyRec => {
      const rec: AccessKeyRec = {
        id: newId(),
        access_key: newId(),
        secret_key: newSecret(),
        access_key_type: 'PERMANENT',
        is_enabled: true,
        expiration_timestamp: NEVER_EXPIRES,
        parent_access_key_id: null,
        modified_at: fields.created_at,
        modified_by: fields.created_by,
        ...fields,
      };
      return store.accessKeys.put(rec.id, rec);
    };
    const ci = key({ description: 'CI pipeline (rotated quarterly)', ...at(90) });
    key({ description: 'Old laptop key, disabled after rotation', is_enabled: false, ...at(200) });
    key({
      description: 'Migration script key (expired)',
      expiration_timestamp: isoSeconds(now - 30 * DAY),
      ...at(120),
    });
    key({
      description: 'On-call session',
      access_key_type: 'TEMPORARY',
      parent_access_key_id: ci.id,
      expiration_timestamp: isoSeconds(now + 8 * 3_600_000),
      ...at(0),
    });
    const ciBot = store.users.list((u) => u.user_name === 'ci-bot')[0];
    if (ciBot) key({ description: 'ci-bot deploy key', ...stampsAt(now - 60 * DAY, ciBot.id) });

    const xml = idpMetadata(
      'https://idp.example-corp.co.kr/realms/corp',
      'https://idp.example-corp.co.kr/realms/corp/protocol/saml',
    );
    const parsed = parseSamlMetadata(xml);
    const samlId = newId();
    store.saml.put(samlId, {
      id: samlId,
      saml_provider_name: 'CorpKeycloak',
      federation_type: 'SAML',
      description: 'Company Keycloak realm for employee single sign-on.',
      tags: [{ key: 'company', value: 'SDS' }],
      file_name: 'keycloak-idp-saml.xml',
      file_size: Buffer.byteLength(xml),
      file_data: xml,
      issuer: parsed.issuer,
      sso_url: parsed.ssoUrl,
      cert_end: parsed.certEnd,
      ...at(100),
    });

    for (const [name, service] of DEMO_SERVICE_ACCOUNTS) {
      const id = newId();
      store.serviceAccounts.put(id, { id, name, service, password: newSecret() });
    }

    const srn = `srn:${config.environment}::${meta.account_id}:${config.region}::virtualserver:virtual-server/web-01`;
    const stamps = at(40);
    const versionId = newId();
    store.resourcePolicies.put(srn, {
      srn,
      default_version_id: versionId,
      versions: [
        {
          id: versionId,
          document: {
            Version: '2024-07-01',
            Statement: [
              {
                Sid: 'Statement1',
                Effect: 'Allow',
                Action: ['virtualserver:ShowVirtualServer'],
                Principal: '*',
                Resource: [srn],
                Condition: { StringEquals: { 'scp:RequestedRegion': [config.region] } },
              },
            ],
          },
          ...stamps,
        },
      ],
      ...stamps,
    });
  });
}
