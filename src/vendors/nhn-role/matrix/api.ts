import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserRoleRelation } from '../engine/model';
import type { UserScopeRoleRelationProtocolSchema } from '../wire/users';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { toEngineUser } from '../shared/engine-model';
import { pageQuery, readAll } from '../shared/paging';
import type { RoleConn } from '../shared/use-role-conn';
import { fetchUser, usersApi } from '../users/api';
import { fingerprint } from './scope-grants';

export type UserScopeRoleRelationProtocol = z.infer<typeof UserScopeRoleRelationProtocolSchema>;

/** Every user with its relations in every scope: the matrix rows, and what each save starts from. */
export const allUsersQuery = ({ id: c, appKey }: RoleConn) =>
  queryOptions({
    queryKey: [...roleKeys.users(c), 'all-with-relations'] as const,
    queryFn: ({ signal }) =>
      readAll(async (page, itemsPerPage) => {
        const res = await roleCall(c, usersApi.search, {
          params: { appKey },
          query: pageQuery({ page, itemsPerPage }),
          json: { needRoleRelations: true },
          signal,
        });
        return { items: res.users.map(toEngineUser), totalItems: res.totalItems };
      }),
  });

/** Someone else changed the user's grants in this scope after the matrix loaded them. */
export class ScopeConflictError extends Error {
  override name = 'ScopeConflictError';
  constructor(
    readonly userId: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * ROLE has no per-relation write and no version: PUT /users/{u}/scopes/{s} replaces the whole scope. So
 * the user is read again just before the PUT, and if its grants in the scope differ from what the edit
 * was based on, nothing is written and the conflict is reported instead of losing the other change.
 */
export async function saveUserScope(
  conn: RoleConn,
  args: {
    userId: string;
    scopeId: string;
    basis: readonly UserRoleRelation[];
    next: (current: readonly UserRoleRelation[]) => UserScopeRoleRelationProtocol[];
    conflictMessage: string;
  },
) {
  const fresh = toEngineUser(await fetchUser(conn, args.userId)).roleRelations;
  if (fingerprint(fresh, args.scopeId) !== fingerprint(args.basis, args.scopeId))
    throw new ScopeConflictError(args.userId, args.conflictMessage);
  const current = fresh.filter((r) => r.scopeId === args.scopeId);
  await roleCall(conn.id, usersApi.putScope, {
    params: { appKey: conn.appKey, userId: args.userId, scopeId: args.scopeId },
    json: { user: { roleRelations: args.next(current) } },
  });
}
