import type { DocStore } from '../../../emulator-kit/doc-store';
import {
  openIndexedStore,
  type IndexedCollection,
  type IndexedStore,
} from '../../../emulator-kit/indexed-collection';

/** Stored shapes: the wire models plus what the API never returns (hashes, the TOTP secret). */
export type UserRecord = {
  name: string;
  description?: string;
  createdAt: number;
  updatedAt: number;
  revision: number;
};

export type CredentialRecord = {
  clientId: string;
  userName: string;
  /** SHA-256 of the secret: the secret is shown once, by createIdentifier, and never again. */
  secretHash: string;
  createdAt: number;
  revision: number;
  guards: string[];
};

export type PasswordRecord = {
  userName: string;
  hash: string;
  mfa: 'Disable' | 'RFC6238';
  mfaStatus?: 'Verifying' | 'Enable';
  /** Base32 TOTP secret; present exactly while mfa is RFC6238. */
  totpSecret?: string;
  createdAt: number;
  revision: number;
};

export type AttachmentRecord = {
  userName: string;
  securityPolicyIds: string[];
  attachedAt: number;
  revision: number;
};

export type PolicyRecord = {
  name: string;
  description?: string;
  policy: string;
  createdAt: number;
  updatedAt: number;
};

/** Keyed by the SHA-256 of the token, so a leaked database holds no usable token. */
export type TokenRecord = { userName: string; issuedAt: number; expiresAt: number; clientId?: string };

export type MetaRecord = { ownerId: string; bootstrap: { clientId: string; clientSecret: string } };

export type Gs2Store = {
  users: IndexedCollection<UserRecord>;
  credentials: IndexedCollection<CredentialRecord>;
  passwords: IndexedCollection<PasswordRecord>;
  attachments: IndexedCollection<AttachmentRecord>;
  policies: IndexedCollection<PolicyRecord>;
  tokens: IndexedCollection<TokenRecord>;
  meta: IndexedCollection<MetaRecord>;
  atomic: IndexedStore['atomic'];
  /** Empties every collection but the metadata (owner id, bootstrap credential). */
  clear(): void;
};

export function openGs2Store(docs: DocStore): Gs2Store {
  const indexed = openIndexedStore(docs);
  const store = {
    users: indexed.collection<UserRecord>('users'),
    credentials: indexed.collection<CredentialRecord>('credentials'),
    passwords: indexed.collection<PasswordRecord>('passwords'),
    attachments: indexed.collection<AttachmentRecord>('attachments'),
    policies: indexed.collection<PolicyRecord>('policies'),
    tokens: indexed.collection<TokenRecord>('tokens'),
    meta: indexed.collection<MetaRecord>('meta'),
    atomic: indexed.atomic,
  };
  return {
    ...store,
    clear: () => {
      indexed.atomic(() => {
        for (const c of [
          store.users,
          store.credentials,
          store.passwords,
          store.attachments,
          store.policies,
          store.tokens,
        ])
          c.clear();
      });
    },
  };
}
