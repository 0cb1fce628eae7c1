import { openDocStore, type Collection } from '../../../emulator-kit/doc-store';
import type {
  AccessTokenDoc,
  GroupDoc,
  InstanceDoc,
  KbaQuestionDoc,
  NoticeDoc,
  RoleDoc,
  ServiceDoc,
  TenantDoc,
  TokenConfigDoc,
  UserDoc,
  VerificationTokenDoc,
} from './model';

export type CipStore = {
  users: Collection<UserDoc>;
  groups: Collection<GroupDoc>;
  services: Collection<ServiceDoc>;
  kbaQuestions: Collection<KbaQuestionDoc>;
  instances: Collection<InstanceDoc>;
  roles: Collection<RoleDoc>;
  notices: Collection<NoticeDoc>;
  tenant: Collection<TenantDoc>;
  tokenConfigs: Collection<TokenConfigDoc>;
  verificationTokens: Collection<VerificationTokenDoc>;
  accessTokens: Collection<AccessTokenDoc>;
  transaction<R>(fn: () => R): R;
  close(): void;
};

export const TENANT_KEY = 'tenant';
export const DEFAULT_TENANT: TenantDoc = { clientId: 501, defaultLanguage: 'en-us', selfDeletable: true };

export function openCipStore(file: string | undefined): CipStore {
  const db = openDocStore(file);
  return {
    users: db.collection('users'),
    groups: db.collection('groups'),
    services: db.collection('services'),
    kbaQuestions: db.collection('kbaQuestions'),
    instances: db.collection('instances'),
    roles: db.collection('roles'),
    notices: db.collection('notices'),
    tenant: db.collection('tenant'),
    tokenConfigs: db.collection('tokenConfigs'),
    verificationTokens: db.collection('verificationTokens'),
    accessTokens: db.collection('accessTokens'),
    transaction: (fn) => db.transaction(fn),
    close: () => {
      db.close();
    },
  };
}

export function tenantOf(store: CipStore): TenantDoc {
  return store.tenant.get(TENANT_KEY) ?? DEFAULT_TENANT;
}

/** The next integer id of a collection whose documents carry numeric ids. */
export function nextId<T>(items: T[], idOf: (t: T) => number, floor = 0): number {
  return items.reduce((max, t) => Math.max(max, idOf(t)), floor) + 1;
}
