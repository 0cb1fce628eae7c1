/** Access levels as the SDK's `x-api-access-level` names them; `*[List,Read]` patterns select by these. */
export const ACCESS_LEVELS = ['LIST', 'READ', 'CREATE', 'UPDATE', 'DELETE', 'PERMISSION'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * What an action is checked against: one IAM resource of a type (`srn:…:iam:<type>/<id>`), the account's
 * IAM scope (lists and creates, `srn:…:iam:*`), or a resource policy's own SRN.
 */
export type ActionTarget = { kind: 'resource'; type: string } | { kind: 'scope' } | { kind: 'srn' };

export type IamAction = { action: string; level: AccessLevel; target: ActionTarget };

/**
 * Each row: the action (without `iam:`), its access level, and what it is checked against: `*` the account's
 * IAM scope, `srn` a resource policy's SRN, otherwise the IAM resource type.
 */
type CatalogueRow = readonly [name: string, level: AccessLevel, target: string];

/**
 * The IAM action catalogue (reference/scp-iam.md Appendix A, plus the emulator-defined names for the
 * operations the SDK spec does not name). A test keeps it equal to the emulator's route table.
 */
const CATALOGUE: readonly CatalogueRow[] = [
  ['ListEndpoints', 'LIST', '*'],
  ['ListServiceAccounts', 'LIST', '*'],
  ['ShowServiceAccount', 'READ', 'service-account'],
  ['ListUsers', 'LIST', '*'],
  ['CreateUser', 'CREATE', '*'],
  ['DeleteBulkUser', 'DELETE', '*'],
  ['ShowUser', 'READ', 'user'],
  ['SetUser', 'UPDATE', 'user'],
  ['SetUserPassword', 'UPDATE', 'user'],
  ['DeleteUser', 'DELETE', 'user'],
  ['ListUserPolicyBindings', 'LIST', 'user'],
  ['AddUserPolicyBinding', 'PERMISSION', 'user'],
  ['RemoveUserPolicyBinding', 'PERMISSION', 'user'],
  ['ListGroups', 'LIST', '*'],
  ['CreateGroup', 'CREATE', '*'],
  ['ShowGroup', 'READ', 'group'],
  ['SetGroup', 'UPDATE', 'group'],
  ['DeleteGroup', 'DELETE', 'group'],
  ['ListGroupMembers', 'LIST', 'group'],
  ['AddGroupMember', 'UPDATE', 'group'],
  ['RemoveGroupMember', 'DELETE', 'group'],
  ['ListGroupPolicyBindings', 'LIST', 'group'],
  ['AddGroupPolicyBinding', 'PERMISSION', 'group'],
  ['RemoveGroupPolicyBinding', 'PERMISSION', 'group'],
  ['ListPolicies', 'LIST', '*'],
  ['CreatePolicy', 'PERMISSION', '*'],
  ['DeleteBulkPolicy', 'PERMISSION', '*'],
  ['ShowPolicy', 'PERMISSION', 'policy'],
  ['SetPolicy', 'PERMISSION', 'policy'],
  ['DeletePolicy', 'PERMISSION', 'policy'],
  ['ListPolicyBindings', 'LIST', 'policy'],
  ['SetPolicyBinding', 'PERMISSION', 'policy'],
  ['ListRoles', 'LIST', '*'],
  ['CreateRole', 'CREATE', '*'],
  ['DeleteBulkRole', 'DELETE', '*'],
  ['ShowRole', 'READ', 'role'],
  ['SetRole', 'UPDATE', 'role'],
  ['SetRoleTrustPolicy', 'UPDATE', 'role'],
  ['DeleteRole', 'DELETE', 'role'],
  ['ListRolePolicyBindings', 'LIST', 'role'],
  ['AddRolePolicyBinding', 'PERMISSION', 'role'],
  ['RemoveBulkRolePolicyBinding', 'PERMISSION', 'role'],
  ['RemoveRolePolicyBinding', 'DELETE', 'role'],
  ['SendTemporaryOtpAccessKey', 'CREATE', '*'],
  ['ListAccessKey', 'LIST', '*'],
  ['CreateAccessKey', 'CREATE', '*'],
  ['DeleteBulkAccessKey', 'DELETE', '*'],
  ['ShowAccessKey', 'READ', '*'],
  ['SetAccessKey', 'UPDATE', '*'],
  ['DeleteAccessKey', 'DELETE', '*'],
  ['ListSamlProviders', 'LIST', '*'],
  ['CreateSamlProvider', 'CREATE', '*'],
  ['DeleteSamlProviders', 'PERMISSION', '*'],
  ['ShowSamlProvider', 'READ', 'saml-provider'],
  ['SetSamlProvider', 'UPDATE', 'saml-provider'],
  ['ShowResourcePolicy', 'PERMISSION', 'srn'],
  ['SetResourcePolicy', 'PERMISSION', 'srn'],
  ['DeleteResourcePolicy', 'PERMISSION', 'srn'],
  ['AddResourcePolicyStatement', 'PERMISSION', 'srn'],
  ['SetResourcePolicyStatement', 'PERMISSION', 'srn'],
  ['RemoveResourcePolicyStatement', 'PERMISSION', 'srn'],
];

const toTarget = (target: string): ActionTarget =>
  target === '*'
    ? { kind: 'scope' }
    : target === 'srn'
      ? { kind: 'srn' }
      : { kind: 'resource', type: target };

export const IAM_ACTIONS: readonly IamAction[] = CATALOGUE.map(([name, level, target]) => ({
  action: `iam:${name}`,
  level,
  target: toTarget(target),
}));

/** Actions of other services that the seed's examples use; the editor offers them, they are not IAM's. */
export const OTHER_ACTIONS = ['sts:AssumeRole', 'virtualserver:ShowVirtualServer'] as const;

/** Wildcard forms policies may use besides exact action ids. */
export const ACTION_WILDCARDS = ['*', 'iam:*', '*[List,Read]', 'iam:*[List,Read]', 'iam:List*', 'iam:Show*'];

export const CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
] as const;

export const CONDITION_KEYS = ['scp:RequestedRegion'] as const;

/** Every action id the catalogue knows, for completion and the unknown-action lint. */
export const KNOWN_ACTIONS: ReadonlySet<string> = new Set(
  [...IAM_ACTIONS.map((a) => a.action), ...OTHER_ACTIONS].map((a) => a.toLowerCase()),
);

export const findAction = (action: string): IamAction | undefined =>
  IAM_ACTIONS.find((a) => a.action.toLowerCase() === action.toLowerCase());
