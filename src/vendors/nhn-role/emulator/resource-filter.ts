import type { SearchRoleOptionCode } from '../wire/common';
import { reachableFrom } from '../engine/effective-roles';
import type { HandlerContext } from './http';
import { listedRoles, roleGraph } from './snapshot';
import { isSet } from './validation';

export type AccessFilter = {
  operationIds?: readonly string[] | null | undefined;
  roleIds?: readonly string[] | null | undefined;
  userIds?: readonly string[] | null | undefined;
  scopeIds?: readonly string[] | null | undefined;
  searchRoleOptionCode?: SearchRoleOptionCode | null | undefined;
};

/**
 * "Resources accessible to …" filters shared by resource search, ID listing and the hierarchy: a resource
 * passes when one of its authorizations has an operation in `operationIds` and a role that is in `roleIds`
 * and held by one of `userIds` (in `scopeIds`, inheritance included unless DIRECT_ROLE is asked for).
 * Returns undefined when no such filter is set, so callers can skip the work.
 */
export function accessFilter(
  ctx: HandlerContext,
  f: AccessFilter,
): ((resourceId: string) => boolean) | undefined {
  if (!isSet(f.operationIds) && !isSet(f.roleIds) && !isSet(f.userIds)) return undefined;
  const graph = roleGraph(ctx);
  const indirect = f.searchRoleOptionCode === 'INDIRECT_ROLE';
  let allowedRoles: Set<string> | undefined;
  if (isSet(f.roleIds)) {
    // Under INDIRECT_ROLE a role also covers the roles it includes.
    allowedRoles = new Set(f.roleIds.flatMap((r) => (indirect ? [...reachableFrom(r, graph)] : [r])));
  }
  if (isSet(f.userIds)) {
    const option = f.searchRoleOptionCode ?? 'INDIRECT_ROLE';
    const held = new Set(
      f.userIds.flatMap((id) => {
        const user = ctx.store.users.get(id);
        return user ? [...listedRoles(ctx, user, graph, option, f.scopeIds)] : [];
      }),
    );
    allowedRoles = allowedRoles ? new Set([...allowedRoles].filter((r) => held.has(r))) : held;
  }
  const passing = new Set(
    ctx.store.authorizations
      .list(
        (a) =>
          (!isSet(f.operationIds) || f.operationIds.includes(a.operationId)) &&
          (!allowedRoles || allowedRoles.has(a.roleId)),
      )
      .map((a) => a.resourceId),
  );
  return (resourceId) => passing.has(resourceId);
}
