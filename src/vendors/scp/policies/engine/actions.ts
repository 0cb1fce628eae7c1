/** Access levels as the SDK's `x-api-access-level` names them; `*[List,Read]` patterns select by these. */
export const ACCESS_LEVELS = ['LIST', 'READ', 'CREATE', 'UPDATE', 'DELETE', 'PERMISSION'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * What an action is checked against: one IAM resource of a type (`srn:…:iam:<type>/<id>`), the account's
 * IAM scope (lists and creates, `srn:…:iam:*`), or a resource policy's own SRN.
 */
export type ActionTarget = { kind: 'resource'; type: string } | { kind: 'scope' } | { kind: 'srn' };

export type IamAction = { action: string; level: AccessLevel; target: ActionTarget };

const scope: ActionTarget = { kind: 'scope' };
const srn: ActionTarget = { kind: 'srn' };
const on = (type: string): ActionTarget => ({ kind: 'resource', type });

/**
 * The IAM action catalogue (reference/scp-iam.md Appendix A, plus the emulator-defined names for the
 * operations the SDK spec does not name). A test keeps it equal to the emulator's route table.
 */
export const IAM_ACTIONS: readonly IamAction[] = [
  { action: 'iam:ListEndpoints', level: 'LIST', target: scope },
  { action: 'iam:ListServiceAccounts', level: 'LIST', target: scope },
  { action: 'iam:ShowServiceAccount', level: 'READ', target: on('service-account') },
  { action: 'iam:ListUsers', level: 'LIST', target: scope },
  { action: 'iam:CreateUser', level: 'CREATE', target: scope },
  { action: 'iam:DeleteBulkUser', level: 'DELETE', target: scope },
  { action: 'iam:ShowUser', level: 'READ', target: on('user') },
  { action: 'iam:SetUser', level: 'UPDATE', target: on('user') },
  { action: 'iam:SetUserPassword', level: 'UPDATE', target: on('user') },
  { action: 'iam:DeleteUser', level: 'DELETE', target: on('user') },
  { action: 'iam:ListUserPolicyBindings', level: 'LIST', target: on('user') },
  { action: 'iam:AddUserPolicyBinding', level: 'PERMISSION', target: on('user') },
  { action: 'iam:RemoveUserPolicyBinding', level: 'PERMISSION', target: on('user') },
  { action: 'iam:ListGroups', level: 'LIST', target: scope },
  { action: 'iam:CreateGroup', level: 'CREATE', target: scope },
  { action: 'iam:ShowGroup', level: 'READ', target: on('group') },
  { action: 'iam:SetGroup', level: 'UPDATE', target: on('group') },
  { action: 'iam:DeleteGroup', level: 'DELETE', target: on('group') },
  { action: 'iam:ListGroupMembers', level: 'LIST', target: on('group') },
  { action: 'iam:AddGroupMember', level: 'UPDATE', target: on('group') },
  { action: 'iam:RemoveGroupMember', level: 'DELETE', target: on('group') },
  { action: 'iam:ListGroupPolicyBindings', level: 'LIST', target: on('group') },
  { action: 'iam:AddGroupPolicyBinding', level: 'PERMISSION', target: on('group') },
  { action: 'iam:RemoveGroupPolicyBinding', level: 'PERMISSION', target: on('group') },
  { action: 'iam:ListPolicies', level: 'LIST', target: scope },
  { action: 'iam:CreatePolicy', level: 'PERMISSION', target: scope },
  { action: 'iam:DeleteBulkPolicy', level: 'PERMISSION', target: scope },
  { action: 'iam:ShowPolicy', level: 'PERMISSION', target: on('policy') },
  { action: 'iam:SetPolicy', level: 'PERMISSION', target: on('policy') },
  { action: 'iam:DeletePolicy', level: 'PERMISSION', target: on('policy') },
  { action: 'iam:ListPolicyBindings', level: 'LIST', target: on('policy') },
  { action: 'iam:SetPolicyBinding', level: 'PERMISSION', target: on('policy') },
  { action: 'iam:ListRoles', level: 'LIST', target: scope },
  { action: 'iam:CreateRole', level: 'CREATE', target: scope },
  { action: 'iam:DeleteBulkRole', level: 'DELETE', target: scope },
  { action: 'iam:ShowRole', level: 'READ', target: on('role') },
  { action: 'iam:SetRole', level: 'UPDATE', target: on('role') },
  { action: 'iam:SetRoleTrustPolicy', level: 'UPDATE', target: on('role') },
  { action: 'iam:DeleteRole', level: 'DELETE', target: on('role') },
  { action: 'iam:ListRolePolicyBindings', level: 'LIST', target: on('role') },
  { action: 'iam:AddRolePolicyBinding', level: 'PERMISSION', target: on('role') },
  { action: 'iam:RemoveBulkRolePolicyBinding', level: 'PERMISSION', target: on('role') },
  { action: 'iam:RemoveRolePolicyBinding', level: 'DELETE', target: on('role') },
  { action: 'iam:SendTemporaryOtpAccessKey', level: 'CREATE', target: scope },
  { action: 'iam:ListAccessKey', level: 'LIST', target: scope },
  { action: 'iam:CreateAccessKey', level: 'CREATE', target: scope },
  { action: 'iam:DeleteBulkAccessKey', level: 'DELETE', target: scope },
  { action: 'iam:ShowAccessKey', level: 'READ', target: scope },
  { action: 'iam:SetAccessKey', level: 'UPDATE', target: scope },
  { action: 'iam:DeleteAccessKey', level: 'DELETE', target: scope },
  { action: 'iam:ListSamlProviders', level: 'LIST', target: scope },
  { action: 'iam:CreateSamlProvider', level: 'CREATE', target: scope },
  { action: 'iam:DeleteSamlProviders', level: 'PERMISSION', target: scope },
  { action: 'iam:ShowSamlProvider', level: 'READ', target: on('saml-provider') },
  { action: 'iam:SetSamlProvider', level: 'UPDATE', target: on('saml-provider') },
  { action: 'iam:ShowResourcePolicy', level: 'PERMISSION', target: srn },
  { action: 'iam:SetResourcePolicy', level: 'PERMISSION', target: srn },
  { action: 'iam:DeleteResourcePolicy', level: 'PERMISSION', target: srn },
  { action: 'iam:AddResourcePolicyStatement', level: 'PERMISSION', target: srn },
  { action: 'iam:SetResourcePolicyStatement', level: 'PERMISSION', target: srn },
  { action: 'iam:RemoveResourcePolicyStatement', level: 'PERMISSION', target: srn },
];

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
