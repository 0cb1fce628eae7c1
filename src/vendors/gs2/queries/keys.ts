/**
 * Query keys, scoped by connection first so that switching or removing a connection can drop all of its
 * data at once: `[connectionId, 'gs2', resource, ...]`.
 */
export const gs2Keys = {
  all: (c: string) => [c, 'gs2'] as const,
  users: (c: string) => [c, 'gs2', 'users'] as const,
  usersList: (c: string, limit: number) => [c, 'gs2', 'users', 'list', limit] as const,
  user: (c: string, userName: string) => [c, 'gs2', 'user', userName] as const,
  credentials: (c: string, userName: string) => [c, 'gs2', 'user', userName, 'credentials'] as const,
  guards: (c: string, userName: string, clientId: string) =>
    [c, 'gs2', 'user', userName, 'guards', clientId] as const,
  password: (c: string, userName: string) => [c, 'gs2', 'user', userName, 'password'] as const,
  attached: (c: string, userName: string) => [c, 'gs2', 'user', userName, 'policies'] as const,
  policies: (c: string) => [c, 'gs2', 'policies'] as const,
  customPolicies: (c: string) => [c, 'gs2', 'policies', 'custom'] as const,
  commonPolicies: (c: string) => [c, 'gs2', 'policies', 'common'] as const,
  policy: (c: string, name: string) => [c, 'gs2', 'policies', 'one', name] as const,
  /** Users holding one policy: GS2 has no reverse lookup, so this is a scan of users. */
  holders: (c: string, grn: string) => [c, 'gs2', 'policies', 'holders', grn] as const,
};
