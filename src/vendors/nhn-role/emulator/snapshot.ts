import type { SearchRoleOptionCode } from '../wire/common';
import type { CheckModel } from '../engine/check';
import { effectiveRoles, type RoleGraph } from '../engine/effective-roles';
import type { HandlerContext } from './http';
import type { User } from './model';

export function roleGraph(ctx: HandlerContext): RoleGraph {
  return new Map(ctx.store.roles.list().map((r) => [r.roleId, r.roleRelations]));
}

/** Reads the whole tenant once for a batch of checks. */
export function checkModel(ctx: HandlerContext): CheckModel {
  const { store } = ctx;
  return {
    users: new Map(store.users.list().map((u) => [u.userId, u])),
    graph: roleGraph(ctx),
    resources: store.resources.list(),
    authorizations: store.authorizations.list(),
    attributeTypes: new Map(store.attributes.list().map((a) => [a.attributeId, a.attributeDataTypeCode])),
    trailingSlashPolicy: store.tenant().config.resourcePathTrailingSlashMatchPolicyCode,
  };
}

/**
 * The roles a user has for listing and search filters: DIRECT = the roles of its ALLOW relations,
 * INDIRECT = the effective set through role relations. Conditions are ignored here: a list cannot know
 * the attributes of a future request.
 */
export function listedRoles(
  ctx: HandlerContext,
  user: User,
  graph: RoleGraph,
  option: SearchRoleOptionCode | null | undefined,
  scopeIds?: readonly string[] | null,
): Set<string> {
  const relations = user.roleRelations.filter(
    (r) => !scopeIds || scopeIds.length === 0 || scopeIds.includes(r.scopeId),
  );
  if (option !== 'INDIRECT_ROLE')
    return new Set(relations.filter((r) => r.roleApplyPolicyCode === 'ALLOW').map((r) => r.roleId));
  const result = new Set<string>();
  for (const scope of new Set(relations.map((r) => r.scopeId))) {
    const inScope = relations.filter((r) => r.scopeId === scope);
    for (const id of effectiveRoles(inScope, graph, () => true, ctx.options)) result.add(id);
  }
  return result;
}
