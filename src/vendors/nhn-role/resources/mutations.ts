import { roleKeys } from '../queries/keys';
import { useRoleMutation, type RoleMutationOptions } from '../queries/use-role-mutation';
import type { RoleConn } from '../shared/use-role-conn';
import type { CreateResourceRequest, UpdateResourceRequest } from '../wire/resources';
import {
  createResource,
  deleteResources,
  grantAuthorization,
  revokeAuthorization,
  updateResource,
  type GrantArgs,
} from './api';

/** Tree edits move, rename or drop grants too, so both the tree and every authorization list refetch. */
const afterTreeEdit = (c: string) => [roleKeys.resources(c), roleKeys.authorizations(c)];

export const useCreateResource = (conn: RoleConn, o?: RoleMutationOptions<unknown, CreateResourceRequest>) =>
  useRoleMutation({ run: (_c, body) => createResource(conn, body), invalidates: afterTreeEdit }, o);

export type UpdateVars = { resourceId: string; body: UpdateResourceRequest };
export const useUpdateResource = (conn: RoleConn, o?: RoleMutationOptions<unknown, UpdateVars>) =>
  useRoleMutation(
    { run: (_c, v) => updateResource(conn, v.resourceId, v.body), invalidates: afterTreeEdit },
    o,
  );

export const useDeleteResources = (conn: RoleConn, o?: RoleMutationOptions<unknown, string[]>) =>
  useRoleMutation({ run: (_c, ids) => deleteResources(conn, ids), invalidates: afterTreeEdit }, o);

export type GrantChange = GrantArgs & { grant: boolean; propagation: boolean };

/**
 * One cell of the authorization matrix. A propagated grant lands on ancestors as well, so every resource's
 * authorizations refetch; the matrix shows failures on the cell, hence no toast here.
 */
export const useGrantChange = (conn: RoleConn) =>
  useRoleMutation<unknown, GrantChange>(
    {
      run: (_c, v) =>
        v.grant
          ? grantAuthorization(conn, v, v.propagation)
          : revokeAuthorization(conn, {
              resourceId: v.resourceId,
              operationId: v.operationId,
              roleId: v.roleId,
            }),
      invalidates: (c) => [roleKeys.authorizations(c)],
    },
    { onError: () => undefined },
  );
