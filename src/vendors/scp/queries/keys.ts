/**
 * Query keys, scoped by connection first so that switching or removing a connection drops all of its data
 * at once: `[connectionId, 'scp', resource, ...]`. Secrets never enter these caches: access-key reads are
 * stored without their `secret_key`.
 */
export type ScpPageArgs = {
  page: number;
  size: number;
  sort?: string | undefined;
  filters?: Readonly<Record<string, string>>;
};

export const scpKeys = {
  all: (c: string) => [c, 'scp'] as const,
  accountId: (c: string) => [c, 'scp', 'account-id'] as const,
  endpoints: (c: string) => [c, 'scp', 'endpoints'] as const,
  users: (c: string) => [c, 'scp', 'users'] as const,
  usersPage: (c: string, accountId: string, p: ScpPageArgs) =>
    [c, 'scp', 'users', accountId, 'page', p] as const,
  allUsers: (c: string, accountId: string) => [c, 'scp', 'users', accountId, 'all'] as const,
  user: (c: string, userId: string) => [c, 'scp', 'users', 'one', userId] as const,
  userPolicies: (c: string, userId: string) => [c, 'scp', 'users', 'one', userId, 'policies'] as const,
  groups: (c: string) => [c, 'scp', 'groups'] as const,
  groupsPage: (c: string, p: ScpPageArgs) => [c, 'scp', 'groups', 'page', p] as const,
  allGroups: (c: string) => [c, 'scp', 'groups', 'all'] as const,
  group: (c: string, groupId: string) => [c, 'scp', 'groups', 'one', groupId] as const,
  groupMembers: (c: string, groupId: string) => [c, 'scp', 'groups', 'one', groupId, 'members'] as const,
  accessKeys: (c: string) => [c, 'scp', 'access-keys'] as const,
  accessKeyList: (c: string, filters: Readonly<Record<string, string>>) =>
    [c, 'scp', 'access-keys', 'list', filters] as const,
  accessKey: (c: string, keyId: string) => [c, 'scp', 'access-keys', 'one', keyId] as const,
  policies: (c: string) => [c, 'scp', 'policies'] as const,
  roles: (c: string) => [c, 'scp', 'roles'] as const,
};
