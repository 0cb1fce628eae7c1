/**
 * Query keys, scoped by connection first so that switching or removing a connection drops all of its data
 * at once: `[connectionId, 'nhn-role', resource, ...]`. Every area of the ROLE console keys its data here.
 */
export const roleKeys = {
  all: (c: string) => [c, 'nhn-role'] as const,
  users: (c: string) => [c, 'nhn-role', 'users'] as const,
  usersSearch: (c: string, search: unknown) => [c, 'nhn-role', 'users', 'search', search] as const,
  user: (c: string, userId: string) => [c, 'nhn-role', 'users', 'one', userId] as const,
  userHistory: (c: string, userId: string, filter: unknown) =>
    [c, 'nhn-role', 'users', 'one', userId, 'history', filter] as const,
  scopeMembers: (c: string, scopeId: string) => [c, 'nhn-role', 'users', 'scope', scopeId] as const,
  roles: (c: string) => [c, 'nhn-role', 'roles'] as const,
  rolesSearch: (c: string, search: unknown) => [c, 'nhn-role', 'roles', 'search', search] as const,
  rolesAll: (c: string) => [c, 'nhn-role', 'roles', 'all'] as const,
  role: (c: string, roleId: string) => [c, 'nhn-role', 'roles', 'one', roleId] as const,
  deniable: (c: string, roleId: string) => [c, 'nhn-role', 'roles', 'one', roleId, 'deniable'] as const,
  roleAttributes: (c: string, roleId: string) =>
    [c, 'nhn-role', 'roles', 'one', roleId, 'attributes'] as const,
  roleTags: (c: string) => [c, 'nhn-role', 'roles', 'tags'] as const,
  scopes: (c: string) => [c, 'nhn-role', 'scopes'] as const,
  scopesAll: (c: string) => [c, 'nhn-role', 'scopes', 'all'] as const,
  operations: (c: string) => [c, 'nhn-role', 'operations'] as const,
  operationsAll: (c: string) => [c, 'nhn-role', 'operations', 'all'] as const,
  resources: (c: string) => [c, 'nhn-role', 'resources'] as const,
  resourcesAll: (c: string) => [c, 'nhn-role', 'resources', 'all'] as const,
  resourceTree: (c: string) => [c, 'nhn-role', 'resources', 'tree'] as const,
  resourceMenu: (c: string, filter: unknown) => [c, 'nhn-role', 'resources', 'menu', filter] as const,
  authorizations: (c: string) => [c, 'nhn-role', 'authorizations'] as const,
  resourceAuthorizations: (c: string, resourceId: string) =>
    [c, 'nhn-role', 'authorizations', resourceId] as const,
  attributes: (c: string) => [c, 'nhn-role', 'attributes'] as const,
  attributesAll: (c: string) => [c, 'nhn-role', 'attributes', 'all'] as const,
  dataTypes: (c: string) => [c, 'nhn-role', 'attributes', 'data-types'] as const,
  config: (c: string) => [c, 'nhn-role', 'config'] as const,
};
