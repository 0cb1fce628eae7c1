import type { Collection, DocStore } from '../../../emulator-kit/doc-store';
import type { AssignAttributeCondition, AssignRole, InviteStatusCode, MemberTypeCode } from '../wire/common';
import type { AuthStatus } from '../wire/credentials';
import type {
  Governance,
  LoginFailSetting,
  MfaSetting,
  OrgDomain,
  OrgIpAcl,
  PasswordRule,
  SessionSetting,
} from '../wire/governance';
import type { IamMemberWritable } from '../wire/iam';
import type { ProjectStatusCode } from '../wire/projects';

/** The emulator's own records. They hold what the vendor keeps, wire names where the vendor has one. */

export type OrgRecord = {
  orgId: string;
  orgName: string;
  ownerUuid: string;
  /** Whether the OWNER is a corporate account: corporate-only services need it (13006). */
  ownerCorporate: boolean;
  /** Projects the OWNER may hold (12401). */
  projectLimit: number;
  /** Whether the org has customer SSO: only then may an IAM member use `idProviderType: sso`. */
  ssoEnabled: boolean;
  regDateTime: string;
  domains: OrgDomain[];
  governances: Governance[];
  ipAcl: OrgIpAcl[];
  session: SessionSetting;
  mfa: MfaSetting | null;
  loginFail: LoginFailSetting | null;
  passwordRule: PasswordRule;
};

export type IamProfile = IamMemberWritable & {
  orgId: string;
  createdAt: string;
  lastAccessedAt: string | null;
  lastLoggedInAt: string | null;
  lastLoggedInIp: string | null;
  passwordChangedAt: string | null;
  passwordHash: string | null;
  saasRoles: { productId: string; productName: string; role: string }[];
};

/** An account: an NHN Cloud member (global) or an IAM member (local to one org, with `iam`). */
export type AccountRecord = {
  uuid: string;
  type: MemberTypeCode;
  email: string;
  name: string;
  /** Anything but STABLE makes the account an invalid member (50007). */
  state: 'STABLE' | 'DORMANT' | 'WITHDRAWN';
  secondFactorCertificationYn: 'Y' | 'N';
  recentLoginYmdt: string | null;
  recentPasswordModifyYmdt: string | null;
  iam?: IamProfile;
};

export type StoredAssignment = {
  roleId: string;
  conditions?: AssignAttributeCondition[];
  regDateTime: string;
};

/** Membership of an account (or of an invitee, who has no uuid yet) in an organization. */
export type OrgMembershipRecord = {
  key: string;
  orgId: string;
  memberUuid?: string;
  email: string;
  inviteStatusCode: InviteStatusCode;
  blocked: boolean;
  joinYmdt: string;
  roles: StoredAssignment[];
};

export type ProjectRecord = {
  projectId: string;
  orgId: string;
  projectName: string;
  description?: string;
  projectStatusCode: ProjectStatusCode;
  regDateTime: string;
  modDateTime?: string;
  ownerId: string;
  /** Deleted projects stay as tombstones so that 40028 (deleted) differs from 40017 (never existed). */
  deleted: boolean;
  delDateTime?: string;
};

export type ProjectMembershipRecord = {
  key: string;
  projectId: string;
  memberUuid?: string;
  email: string;
  statusCode: InviteStatusCode;
  relationDateTime: string;
  roles: StoredAssignment[];
};

export type RoleGroupRecord = {
  roleGroupId: string;
  /** `ORG` = project common role group of the org, `PROJECT` = a project's own group. */
  roleGroupType: 'ORG' | 'PROJECT';
  orgId: string;
  projectId?: string;
  roleGroupName: string;
  description?: string;
  regDateTime: string;
  roles: (AssignRole & { regDateTime: string })[];
  /** A notification group uses it: deletion is refused (62011). */
  usedByNotificationGroup: boolean;
};

export type ProjectProductRecord = {
  key: string;
  projectId: string;
  productId: string;
  appKey: string;
  secretKey?: string;
  externalId?: string;
  relationDate: string;
  updateDate?: string;
  updateUuid?: string;
};

export type ProjectAppKeyRecord = {
  authId: string;
  appKey: string;
  alias: string;
  projectId: string;
  authStatus: AuthStatus;
  regDatetime: string;
  modDatetime: string | null;
  reIssueDatetime: string | null;
  lastUsedDatetime: string | null;
};

export type UserAccessKeyRecord = {
  authId: string;
  userAccessKeyID: string;
  /** SHA-256 of the secret: the plain secret is returned once, at creation or reissue. */
  secretHash: string;
  secretHint: string;
  ownerUuid: string;
  authStatus: AuthStatus;
  tokenExpiryPeriod: number;
  regDatetime: string;
  modDatetime: string | null;
  reIssueDatetime: string | null;
  lastUsedDatetime: string | null;
  lastTokenUsedDatetime: string | null;
};

export type TokenRecord = {
  tokenId: number;
  /** SHA-256 of the bearer token; also the document id. */
  hash: string;
  hint: string;
  userAccessKeyID: string;
  ownerUuid: string;
  expired: boolean;
  regDatetime: string;
  expireDatetime: string;
  lastAccessDatetime: string | null;
};

/** Emulator bookkeeping: the bootstrap credential printed at start and the token id sequence. */
export type MetaRecord = {
  orgId: string;
  ownerUuid: string;
  userAccessKeyId: string;
  secretAccessKey: string;
  tokenSeq: number;
};

export type NhnStore = {
  meta: Collection<MetaRecord>;
  orgs: Collection<OrgRecord>;
  accounts: Collection<AccountRecord>;
  orgMembers: Collection<OrgMembershipRecord>;
  projects: Collection<ProjectRecord>;
  projectMembers: Collection<ProjectMembershipRecord>;
  roleGroups: Collection<RoleGroupRecord>;
  projectProducts: Collection<ProjectProductRecord>;
  projectAppKeys: Collection<ProjectAppKeyRecord>;
  userAccessKeys: Collection<UserAccessKeyRecord>;
  tokens: Collection<TokenRecord>;
  transaction: DocStore['transaction'];
};

export function nhnStore(docs: DocStore): NhnStore {
  return {
    meta: docs.collection('meta'),
    orgs: docs.collection('orgs'),
    accounts: docs.collection('accounts'),
    orgMembers: docs.collection('orgMembers'),
    projects: docs.collection('projects'),
    projectMembers: docs.collection('projectMembers'),
    roleGroups: docs.collection('roleGroups'),
    projectProducts: docs.collection('projectProducts'),
    projectAppKeys: docs.collection('projectAppKeys'),
    userAccessKeys: docs.collection('userAccessKeys'),
    tokens: docs.collection('tokens'),
    transaction: (fn) => docs.transaction(fn),
  };
}

/** Membership keys: by uuid once the member exists, by email while invited. */
export const membershipKey = (
  scopeId: string,
  member: { memberUuid?: string | undefined; email: string },
): string =>
  member.memberUuid
    ? memberKey(scopeId, member.memberUuid)
    : `${scopeId}/invite:${member.email.toLowerCase()}`;

/** The key of an existing member's membership in an org or project. */
export const memberKey = (scopeId: string, uuid: string): string => `${scopeId}/${uuid}`;
