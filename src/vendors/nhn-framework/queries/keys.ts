/**
 * Query keys, scoped by connection first so that switching or removing a connection drops all of its
 * data at once: `[connectionId, 'nhn-framework', resource, ...]`. Secrets never enter these caches.
 */
/** A server page; `status` filters member lists by their status code. */
export type MemberPage = { page: number; limit: number; status?: string | undefined };

export const nhnKeys = {
  all: (c: string) => [c, 'nhn-framework'] as const,
  projects: (c: string) => [c, 'nhn-framework', 'projects'] as const,
  projectsPage: (c: string, orgId: string, p: MemberPage) =>
    [c, 'nhn-framework', 'projects', orgId, p.page, p.limit] as const,
  allProjects: (c: string, orgId: string) => [c, 'nhn-framework', 'projects', orgId, 'all'] as const,
  hierarchy: (c: string) => [c, 'nhn-framework', 'product-hierarchy'] as const,
  projectProducts: (c: string, projectId: string) =>
    [c, 'nhn-framework', 'project', projectId, 'products'] as const,
  orgMembers: (c: string) => [c, 'nhn-framework', 'org-members'] as const,
  orgMembersPage: (c: string, orgId: string, p: MemberPage) =>
    [c, 'nhn-framework', 'org-members', orgId, p.page, p.limit, p.status ?? ''] as const,
  projectMembers: (c: string, projectId: string) =>
    [c, 'nhn-framework', 'project', projectId, 'members'] as const,
  projectMembersPage: (c: string, projectId: string, p: MemberPage) =>
    [c, 'nhn-framework', 'project', projectId, 'members', p.page, p.limit, p.status ?? ''] as const,
  governances: (c: string, orgId: string) => [c, 'nhn-framework', 'governances', orgId] as const,
  setting: (c: string, orgId: string, section: string) =>
    [c, 'nhn-framework', 'governance', orgId, section] as const,
  domains: (c: string, orgId: string) => [c, 'nhn-framework', 'domains', orgId] as const,
  accessKeys: (c: string) => [c, 'nhn-framework', 'access-keys'] as const,
  tokens: (c: string, keyId: string) => [c, 'nhn-framework', 'access-keys', keyId, 'tokens'] as const,
  tokensPage: (c: string, keyId: string, p: MemberPage) =>
    [c, 'nhn-framework', 'access-keys', keyId, 'tokens', p.page, p.limit, p.status ?? ''] as const,
  orgCredentials: (c: string, orgId: string) => [c, 'nhn-framework', 'org-credentials', orgId] as const,
  allOrgMembers: (c: string, orgId: string) => [c, 'nhn-framework', 'org-members', orgId, 'all'] as const,
  roleGroups: (c: string, scope: string) => [c, 'nhn-framework', 'role-groups', scope] as const,
  roleGroup: (c: string, scope: string, id: string) =>
    [c, 'nhn-framework', 'role-groups', scope, 'detail', id] as const,
  projectRoles: (c: string, projectId: string) =>
    [c, 'nhn-framework', 'project', projectId, 'roles'] as const,
  orgRoles: (c: string, orgId: string) => [c, 'nhn-framework', 'org-roles', orgId] as const,
  memberRoles: (c: string, scope: string) => [c, 'nhn-framework', 'member-roles', scope] as const,
  iamMembers: (c: string, orgId: string) => [c, 'nhn-framework', 'iam-members', orgId] as const,
  iamMembersPage: (c: string, orgId: string, p: MemberPage & { q: string }) =>
    [c, 'nhn-framework', 'iam-members', orgId, p.page, p.limit, p.status ?? '', p.q] as const,
  projectIam: (c: string, projectId: string) => [c, 'nhn-framework', 'project', projectId, 'iam'] as const,
  appKeys: (c: string, projectId: string) => [c, 'nhn-framework', 'project', projectId, 'app-keys'] as const,
};
