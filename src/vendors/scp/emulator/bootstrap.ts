import { randomBytes } from 'node:crypto';
import { NEVER_EXPIRES } from '../wire/access-keys';
import { isoSeconds, type ScpEmulatorConfig } from './config';
import { passwordHash } from './handlers/shared';
import { newId, newSecret } from './ids';
import type { MetaRec, PolicyRec, Stamps, UserRec } from './records';
import { allowDocument, SYSTEM_POLICIES } from './seed/system-policies';
import type { ScpStore } from './store';

/** The creator of what SCP itself provides; it resolves to the seed's "-" placeholders. */
export const SYSTEM_ACTOR = 'system';

export type AdminCredential = {
  accessKey?: string | undefined;
  secretKey?: string | undefined;
};

export function stampsAt(ms: number, by: string): Stamps {
  const at = isoSeconds(ms);
  return { created_at: at, created_by: by, modified_at: at, modified_by: by };
}

export function newUser(
  fields: Partial<UserRec> & Pick<UserRec, 'user_name' | 'created_at' | 'created_by'>,
  password: string,
): UserRec {
  const salt = randomBytes(8).toString('hex');
  return {
    id: newId(),
    login_id: fields.user_name,
    password_hashes: [passwordHash(salt, password)],
    password_salt: salt,
    temporary_password: false,
    password_reuse_count: 0,
    description: null,
    tags: [],
    email: null,
    phone_number: null,
    nation_id: '+82',
    first_name: null,
    last_name: null,
    company_name: null,
    state: 'ACTIVE',
    type: 'IAM',
    timezone: 'Asia/Seoul',
    utc_offset: '+09:00',
    email_authenticated: false,
    phone_authenticated: false,
    last_login_at: null,
    last_password_update_at: fields.created_at,
    policy_ids: [],
    modified_at: fields.created_at,
    modified_by: fields.created_by,
    ...fields,
  };
}

function systemPolicies(store: ScpStore, at: number): PolicyRec[] {
  return SYSTEM_POLICIES.map((p) => {
    const existing = store.policies.list(
      (x) => x.policy_type === 'SYSTEM_MANAGED' && x.policy_name === p.name,
    )[0];
    if (existing) return existing;
    const stamps = stampsAt(at, SYSTEM_ACTOR);
    const version = { id: newId(), name: 'POLICY_VERSION_1', document: allowDocument(p.actions), ...stamps };
    const rec: PolicyRec = {
      id: newId(),
      policy_name: p.name,
      description: p.description,
      policy_category: 'IDENTITY_BASED',
      policy_type: 'SYSTEM_MANAGED',
      service_type: p.actions[0]?.split(':')[0] === 'virtualserver' ? 'virtualserver' : 'iam',
      state: 'ACTIVE',
      tags: [],
      versions: [version],
      default_version_id: version.id,
      ...stamps,
    };
    return store.policies.put(rec.id, rec);
  });
}

/**
 * Makes sure the account, SCP's system policies and the administrator with its permanent access key exist:
 * the bootstrap credential every client starts from. A given access key and secret replace the stored ones.
 */
export function bootstrap(store: ScpStore, config: ScpEmulatorConfig, admin: AdminCredential = {}): MetaRec {
  return store.transaction(() => {
    const at = config.now();
    const policies = systemPolicies(store, at - 400 * 86_400_000);
    let meta = store.meta.get('account');
    if (!meta) {
      const userId = newId();
      const adminPolicy = policies.find((p) => p.policy_name === 'AdministratorAccess');
      const user = newUser(
        {
          id: userId,
          user_name: 'admin',
          email: 'admin@tessera.example',
          first_name: 'Admin',
          last_name: 'Account',
          email_authenticated: true,
          // Temporary access keys need an OTP sent somewhere.
          phone_number: '01000000000',
          phone_authenticated: true,
          description: 'Account administrator (bootstrap credential).',
          policy_ids: adminPolicy ? [adminPolicy.id] : [],
          ...stampsAt(at - 365 * 86_400_000, SYSTEM_ACTOR),
        },
        randomBytes(12).toString('base64url'),
      );
      store.users.put(user.id, user);
      const keyId = newId();
      store.accessKeys.put(keyId, {
        id: keyId,
        access_key: newId(),
        secret_key: newSecret(),
        access_key_type: 'PERMANENT',
        description: 'Bootstrap credential',
        is_enabled: true,
        expiration_timestamp: NEVER_EXPIRES,
        parent_access_key_id: null,
        ...stampsAt(at - 365 * 86_400_000, userId),
      });
      meta = {
        account_id: newId(),
        account_name: 'tessera-demo',
        admin_user_id: userId,
        admin_access_key_id: keyId,
      };
      store.meta.put('account', meta);
    }
    const key = store.accessKeys.get(meta.admin_access_key_id);
    if (key && (admin.accessKey || admin.secretKey)) {
      store.accessKeys.put(key.id, {
        ...key,
        access_key: admin.accessKey ?? key.access_key,
        secret_key: admin.secretKey ?? key.secret_key,
        is_enabled: true,
      });
    }
    return meta;
  });
}
