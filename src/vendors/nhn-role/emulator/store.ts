import { randomBytes } from 'node:crypto';
import { openDocStore, type Collection, type DocStore } from '../../../emulator-kit/doc-store';
import {
  ALL_SCOPE,
  type Attribute,
  type Authorization,
  type Operation,
  type Resource,
  type Role,
  type Scope,
  type Tenant,
  type TenantConfig,
  type User,
  type UserHistory,
} from './model';

/** One ROLE tenant (one appKey) in a document store: one collection per entity kind. */
export type RoleStore = {
  docs: DocStore;
  /** True when this open created the tenant: the store was empty, so demo data may be loaded. */
  fresh: boolean;
  users: Collection<User>;
  roles: Collection<Role>;
  scopes: Collection<Scope>;
  operations: Collection<Operation>;
  resources: Collection<Resource>;
  authorizations: Collection<Authorization>;
  attributes: Collection<Attribute>;
  histories: Collection<UserHistory>;
  tenant(): Tenant;
  saveTenant(t: Tenant): void;
  transaction<R>(fn: () => R): R;
  close(): void;
};

/** Defaults of the Client SDK guide; the trailing-slash default is the literal (stricter) reading. */
export function defaultConfig(now: string): TenantConfig {
  return {
    resourcePathTrailingSlashMatchPolicyCode: 'NON_IDENTICAL_PATH',
    cacheTtl: 300,
    cacheSize: 1_000_000,
    cacheSizeByPath: 1_000_000,
    cacheSizeTree: 1_000_000,
    cacheFlushTime: now,
  };
}

export const authorizationKey = (a: Authorization) => JSON.stringify([a.resourceId, a.operationId, a.roleId]);

const TENANT_KEY = 'tenant';

/** NHN appKeys are 16 to 20 alphanumerics; the secret key is ours to size, so it is long and random. */
function newCredentials(): { appKey: string; secretKey: string } {
  const alnum = (n: number) =>
    Array.from(randomBytes(n), (b) =>
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.charAt(b % 62),
    ).join('');
  return { appKey: alnum(16), secretKey: alnum(32) };
}

export type Credentials = { appKey: string; secretKey: string };

/** `credentials`, when given, replace the stored ones: a sandbox can be pinned to a known appKey and secret. */
export function openRoleStore(
  file: string | undefined,
  now: () => string,
  credentials?: Credentials,
): RoleStore {
  const docs = openDocStore(file);
  const meta = docs.collection<Tenant>('tenant');
  const scopes = docs.collection<Scope>('scopes');
  // The appKey, its secret and the built-in ALL scope exist from the start, as on a freshly issued appKey.
  const fresh = !meta.has(TENANT_KEY);
  if (fresh) {
    docs.transaction(() => {
      meta.put(TENANT_KEY, { ...newCredentials(), config: defaultConfig(now()), nextHistorySeq: 1 });
      scopes.put(ALL_SCOPE, { scopeId: ALL_SCOPE, description: 'ALL' });
    });
  }
  const stored = meta.get(TENANT_KEY);
  if (credentials && stored) meta.put(TENANT_KEY, { ...stored, ...credentials });
  return {
    docs,
    fresh,
    users: docs.collection('users'),
    roles: docs.collection('roles'),
    scopes,
    operations: docs.collection('operations'),
    resources: docs.collection('resources'),
    authorizations: docs.collection('authorizations'),
    attributes: docs.collection('attributes'),
    histories: docs.collection('histories'),
    tenant: () => {
      const t = meta.get(TENANT_KEY);
      if (!t) throw new Error('ROLE tenant record is missing from the store.');
      return t;
    },
    saveTenant: (t) => meta.put(TENANT_KEY, t),
    transaction: (fn) => docs.transaction(fn),
    close: () => {
      docs.close();
    },
  };
}
