import type {
  ApprovalProcess,
  EmailTemplate,
  FormSection,
  LanguageTextKeys,
  PasswordResetOptions,
  PortalOptions,
  Role,
  SelfRegistrationOptions,
  TokenType,
  UsernameRecoveryOptions,
} from '../wire';

/** A directory user: an LDAP-like multimap of attributes plus what the directory keeps beside them. */
export type UserDoc = {
  uuid: string;
  uid: string;
  /** attribute name → values; single-valued attributes hold exactly one value. */
  attrs: Record<string, string[]>;
  isAccount: boolean;
  passwordHash: string | null;
  passwordLastChanged: number | null;
  userStatus: boolean;
  pwdStatus: boolean;
  roles: string[];
  /** question number → answer. */
  kba: Record<string, string>;
  failedPasswordAttempts: number;
};

/** Groups and services are keyed by their lower-cased name; `name` keeps the spelling they were created with. */
export type GroupDoc = { name: string; description: string; members: string[] };

export type ServiceDoc = {
  name: string;
  /** gtway* attributes as stored strings; the parent lives in gtwayParentService. */
  attrs: Record<string, string>;
  members: string[];
  manualMembers: string[];
  /** contained service key → approval process of that edge. */
  contained: Record<string, ApprovalProcess>;
};

export type KbaQuestionDoc = {
  questionNumber: number;
  textByLanguage: Record<string, string>;
  roleMappings: { priority: number; roleNames: string[] }[];
  deprecated: boolean;
};

export type KbaOptions = {
  minRequired: number;
  maxRequired: number | null;
  minCharacterLength: number;
  uniqueAnswers: boolean;
};

export type BrandingUpload = { contentType: string; fileName: string; base64: string };

export type InstanceDoc = {
  id: number;
  name: string;
  passwordReset: Omit<PasswordResetOptions, 'instanceId'>;
  selfRegistration: Omit<SelfRegistrationOptions, 'instanceId'>;
  usernameRecovery: Omit<UsernameRecoveryOptions, 'instanceId'>;
  portal: Omit<PortalOptions, 'instanceId'>;
  kba: KbaOptions;
  emailTemplates: EmailTemplate[];
  textKeys: Record<string, LanguageTextKeys>;
  attributeElements: Record<
    string,
    { ldapAttributes: string[]; userIdv: boolean; formSections: FormSection[] }
  >;
  brandingFiles: Record<string, { current?: BrandingUpload; ie9?: BrandingUpload }>;
  brandingVariables: Record<string, string>;
};

export type RoleDoc = Role & { aliasId: number };

export type NoticeDoc = {
  id: number;
  type: string;
  version: number;
  langCode: string;
  body: string;
  createTimestamp: string;
};

export type TenantDoc = { clientId: number; defaultLanguage: string; selfDeletable: boolean };

export type TokenConfigDoc = {
  type: TokenType;
  expirySeconds: number;
  tokenLength: number | null;
  extensionData: string | null;
};

export type VerificationTokenDoc = {
  type: TokenType;
  value: string;
  gtwayUuid: string;
  expiresAt: number;
  extensionData: string | null;
  createdAt: number;
};

export type AccessTokenDoc = { token: string; clientId: string; expiresAt: number };
