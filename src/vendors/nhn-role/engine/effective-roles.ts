import type { Condition, RoleRelation, UserRoleRelation } from './model';

/** Whether a relation's conditions hold for the request at hand. */
export type ConditionsHold = (conditions: readonly Condition[]) => boolean;

/** roleId → the relations that role has to the roles it includes. */
export type RoleGraph = ReadonlyMap<string, readonly RoleRelation[]>;

function closure(
  start: Iterable<string>,
  graph: RoleGraph,
  holds: ConditionsHold,
  blocked: ReadonlySet<string>,
  skipBlocked: boolean,
): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || seen.has(id) || (skipBlocked && blocked.has(id))) continue;
    seen.add(id);
    for (const rel of graph.get(id) ?? []) {
      if (rel.roleApplyPolicyCode === 'ALLOW' && holds(rel.conditions)) stack.push(rel.relatedRoleId);
    }
  }
  return seen;
}

/**
 * The roles a user effectively holds through `relations` (already narrowed to the checked scope).
 * Inheritance is transitive over ALLOW relations whose conditions hold; DENY — on the user's own relation
 * or on a role relation reached from an allowed role — removes the role, and DENY always wins over ALLOW.
 */
export function effectiveRoles(
  relations: readonly UserRoleRelation[],
  graph: RoleGraph,
  holds: ConditionsHold,
  opts: { denyPrunesSubtree: boolean },
): Set<string> {
  const applicable = relations.filter((r) => holds(r.conditions));
  const direct = applicable.filter((r) => r.roleApplyPolicyCode === 'ALLOW').map((r) => r.roleId);
  const reach = closure(direct, graph, holds, new Set(), false);
  const denied = new Set(applicable.filter((r) => r.roleApplyPolicyCode === 'DENY').map((r) => r.roleId));
  for (const id of reach) {
    for (const rel of graph.get(id) ?? []) {
      if (rel.roleApplyPolicyCode === 'DENY' && holds(rel.conditions)) denied.add(rel.relatedRoleId);
    }
  }
  const result = closure(
    direct.filter((id) => !denied.has(id)),
    graph,
    holds,
    denied,
    opts.denyPrunesSubtree,
  );
  for (const id of denied) result.delete(id);
  return result;
}

/** Every role reachable from `roleId` through relations of any policy (used for cycle detection). */
export function reachableFrom(roleId: string, graph: RoleGraph): Set<string> {
  return closure([roleId], graph, () => true, new Set(), false);
}

/** Edges as ALLOW-or-DENY regardless of policy, so a cycle through a DENY edge is rejected as well. */
export function anyPolicyGraph(graph: RoleGraph): RoleGraph {
  return new Map(
    [...graph].map(([id, rels]) => [id, rels.map((r) => ({ ...r, roleApplyPolicyCode: 'ALLOW' as const }))]),
  );
}
