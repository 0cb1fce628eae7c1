import type { UserRoleRelationProtocol } from '../wire/users';
import { roleCall } from '../client';
import { roleKeys } from '../queries/keys';
import { useRoleMutation, type RoleMutationOptions } from '../queries/use-role-mutation';
import type { RoleConn } from '../shared/use-role-conn';
import { usersApi } from './api';
import { useUsersText } from './users-text';

export type CreateUserVars = {
  userId: string;
  description: string;
  roleRelations: UserRoleRelationProtocol[];
};

export function useCreateUser(conn: RoleConn, options?: RoleMutationOptions<unknown, CreateUserVars>) {
  const t = useUsersText();
  return useRoleMutation(
    {
      run: (c, v) =>
        roleCall(c, usersApi.create, {
          params: { appKey: conn.appKey },
          json: {
            users: [
              {
                userId: v.userId,
                description: v.description === '' ? null : v.description,
                roleRelations: v.roleRelations,
              },
            ],
          },
        }),
      invalidates: (c) => [roleKeys.users(c)],
      success: (v) => t.userCreated(v.userId),
    },
    options,
  );
}

export const deleteUserCall = ({ id, appKey }: RoleConn, userId: string) =>
  roleCall(id, usersApi.remove, { params: { appKey, userId } });

export function useDeleteUser(conn: RoleConn, options?: RoleMutationOptions<unknown, { userId: string }>) {
  const t = useUsersText();
  return useRoleMutation(
    {
      run: (_c, v) => deleteUserCall(conn, v.userId),
      update: (c, v, qc) => qc.removeQueries({ queryKey: roleKeys.user(c, v.userId), exact: true }),
      invalidates: (c) => [roleKeys.users(c)],
      success: (v) => t.userDeleted(v.userId),
    },
    options,
  );
}
