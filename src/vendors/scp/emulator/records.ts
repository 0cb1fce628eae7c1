import type { PolicyDocument, Tag } from '../wire/common';

/**
 * What the emulator stores. Relations live on the owning record (a user's policy ids, a group's members) so a
 * view can be built from a handful of lookups; the wire shapes are derived in ./views.
 */

export type Stamps = {
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
};

export type UserRec = {
  id: string;
  user_name: string;
  login_id: string;
  /** Salted SHA-256 of the current password first, then earlier ones, for `password_reuse_count`. */
  password_hashes: string[];
  password_salt: string;
  temporary_password: boolean;
  password_reuse_count: number;
  description: string | null;
  tags: Tag[];
  email: string | null;
  phone_number: string | null;
  nation_id: string | null;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  state: 'ACTIVE' | 'INACTIVE';
  type: string;
  timezone: string;
  utc_offset: string;
  email_authenticated: boolean;
  phone_authenticated: boolean;
  last_login_at: string | null;
  last_password_update_at: string | null;
  policy_ids: string[];
} & Stamps;

export type MemberRec = {
  user_id: string;
  created_at: string;
  created_by: string;
};

export type GroupRec = {
  id: string;
  name: string;
  description: string | null;
  type: 'USER_DEFINED' | 'DEFAULT';
  tags: Tag[];
  members: MemberRec[];
  policy_ids: string[];
} & Stamps;

export type VersionRec = {
  id: string;
  name: string;
  document: PolicyDocument;
} & Stamps;

export type PolicyRec = {
  id: string;
  policy_name: string;
  description: string | null;
  policy_category: 'IDENTITY_BASED' | 'RESOURCE_BASED' | 'SESSION';
  policy_type: 'SYSTEM_MANAGED' | 'USER_DEFINED' | 'INLINE';
  service_type: string;
  state: 'ACTIVE' | 'INACTIVE';
  tags: Tag[];
  versions: VersionRec[];
  default_version_id: string;
} & Stamps;

export type RoleRec = {
  id: string;
  name: string;
  description: string | null;
  type: 'USER_DEFINED' | 'SERVICE' | 'SERVICE_LINKED' | 'DEFAULT';
  max_session_duration: number;
  tags: Tag[];
  principals: { type: string; value: string }[];
  trust: Stamps & { id: string; document: PolicyDocument };
  policy_ids: string[];
} & Stamps;

export type AccessKeyRec = {
  id: string;
  access_key: string;
  secret_key: string;
  access_key_type: 'PERMANENT' | 'TEMPORARY' | 'SECRET_VAULT_TEMPORARY';
  description: string | null;
  is_enabled: boolean;
  expiration_timestamp: string;
  parent_access_key_id: string | null;
} & Stamps;

export type SamlRec = {
  id: string;
  saml_provider_name: string;
  federation_type: string;
  description: string | null;
  tags: Tag[];
  file_name: string | null;
  file_size: number | null;
  file_data: string | null;
  issuer: string | null;
  sso_url: string | null;
  cert_end: string | null;
} & Stamps;

export type ServiceAccountRec = {
  id: string;
  name: string;
  service: string;
  password: string;
};

export type ResourcePolicyRec = {
  /** The decoded SRN; also the document id. */
  srn: string;
  default_version_id: string;
  versions: (Stamps & { id: string; document: PolicyDocument })[];
} & Stamps;

export type OtpRec = {
  /** The user the code was sent to; also the document id. */
  user_id: string;
  code: string;
  method: 'PHONE' | 'EMAIL';
  expires_at: number;
};

export type MetaRec = {
  account_id: string;
  account_name: string;
  admin_user_id: string;
  admin_access_key_id: string;
};
