import type { PolicyDocument } from '../../wire/common';

/** SCP's own SYSTEM_MANAGED policies, present in every account. */
export const SYSTEM_POLICIES: { name: string; description: string; actions: string[] }[] = [
  { name: 'AdministratorAccess', description: 'Full access to every service and resource.', actions: ['*'] },
  { name: 'IAMFullAccess', description: 'Full access to Identity Access Management.', actions: ['iam:*'] },
  {
    name: 'ViewerAccess',
    description: 'List and read every service, change nothing.',
    actions: ['*[List,Read]'],
  },
  {
    name: 'IAMReadOnlyAccess',
    description: 'List and read users, groups, roles, policies and keys.',
    actions: ['iam:*[List,Read]'],
  },
  {
    name: 'VirtualServerFullAccess',
    description: 'Full access to Virtual Server.',
    actions: ['virtualserver:*'],
  },
];

export function allowDocument(
  actions: string[],
  extra: Partial<PolicyDocument['Statement'][number]> = {},
): PolicyDocument {
  return {
    Version: '2024-07-01',
    Statement: [{ Sid: 'statement1', Effect: 'Allow', Action: actions, Resource: ['*'], ...extra }],
  };
}
