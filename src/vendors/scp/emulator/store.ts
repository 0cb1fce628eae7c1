import { openDocStore, type Collection, type DocStore } from '../../../emulator-kit/doc-store';
import type {
  AccessKeyRec,
  GroupRec,
  MetaRec,
  OtpRec,
  PolicyRec,
  ResourcePolicyRec,
  RoleRec,
  SamlRec,
  ServiceAccountRec,
  UserRec,
} from './records';

export type ScpStore = {
  users: Collection<UserRec>;
  groups: Collection<GroupRec>;
  policies: Collection<PolicyRec>;
  roles: Collection<RoleRec>;
  accessKeys: Collection<AccessKeyRec>;
  saml: Collection<SamlRec>;
  serviceAccounts: Collection<ServiceAccountRec>;
  resourcePolicies: Collection<ResourcePolicyRec>;
  otps: Collection<OtpRec>;
  meta: Collection<MetaRec>;
  transaction<R>(fn: () => R): R;
  close(): void;
};

export function openScpStore(file: string | undefined): ScpStore {
  const docs: DocStore = openDocStore(file);
  return {
    users: docs.collection('users'),
    groups: docs.collection('groups'),
    policies: docs.collection('policies'),
    roles: docs.collection('roles'),
    accessKeys: docs.collection('access_keys'),
    saml: docs.collection('saml_providers'),
    serviceAccounts: docs.collection('service_accounts'),
    resourcePolicies: docs.collection('resource_policies'),
    otps: docs.collection('otps'),
    meta: docs.collection('meta'),
    transaction: (fn) => docs.transaction(fn),
    close: () => {
      docs.close();
    },
  };
}

/** The account this emulator serves; written once by the bootstrap. */
export function metaOf(store: ScpStore): MetaRec {
  const meta = store.meta.get('account');
  if (!meta) throw new Error('The SCP emulator store has not been bootstrapped.');
  return meta;
}
