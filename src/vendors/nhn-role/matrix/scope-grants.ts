import type { CellKind, MatrixCellChange } from '@/components/matrix';
import { effectiveRoles, type RoleGraph } from '../engine/effective-roles';
import type { UserRoleRelation } from '../engine/model';
import type { ConditionProtocol } from '../wire/common';
import type { UserScopeRoleRelationProtocol } from './api';

export type RoleCell = 'allow' | 'deny' | 'inherited' | 'none';

export function roleCellKind(labels: Record<RoleCell, string>): CellKind<RoleCell> {
  return {
    states: {
      allow: { label: labels.allow, glyph: '✓', className: 'role-cell-allow' },
      deny: { label: labels.deny, glyph: '✕', className: 'role-cell-deny' },
      inherited: { label: labels.inherited, glyph: '↓', className: 'role-cell-inherited' },
      none: { label: labels.none, glyph: '' },
    },
    // A click cycles the DIRECT grant; a cell that only inherits starts the cycle at allow.
    next: (s) => (s === 'allow' ? 'deny' : s === 'deny' ? 'none' : 'allow'),
    settable: ['allow', 'deny', 'none'],
  };
}

/** What one user holds in one scope: direct grants by role, and the roles reached only through relations. */
export type ScopeGrants = { direct: Map<string, UserRoleRelation>; inherited: Set<string> };

/**
 * Inherited = reached through ALLOW role relations from the user's direct ALLOW grants, as the engine
 * computes it with conditions taken as holding (a grid cannot know a future request's attributes).
 */
export function scopeGrants(
  relations: readonly UserRoleRelation[],
  scopeId: string,
  graph: RoleGraph,
): ScopeGrants {
  const inScope = relations.filter((r) => r.scopeId === scopeId);
  const direct = new Map(inScope.map((r) => [r.roleId, r]));
  const reached = effectiveRoles(inScope, graph, () => true, { denyPrunesSubtree: true });
  const inherited = new Set([...reached].filter((id) => !direct.has(id)));
  return { direct, inherited };
}

export function cellState(g: ScopeGrants | undefined, roleId: string): RoleCell {
  const d = g?.direct.get(roleId);
  if (d) return d.roleApplyPolicyCode === 'DENY' ? 'deny' : 'allow';
  return g?.inherited.has(roleId) ? 'inherited' : 'none';
}

const conditionsOut = (cs: readonly ConditionProtocol[]): ConditionProtocol[] =>
  cs.map((c) => ({
    attributeId: c.attributeId,
    attributeOperatorTypeCode: c.attributeOperatorTypeCode,
    attributeValues: c.attributeValues ?? [],
  }));

/**
 * The user's new relation list for the scope: the current one with the staged changes applied. A grant
 * that only changes policy keeps its conditions; `none` removes the direct grant.
 */
export function applyCellChanges(
  current: readonly UserRoleRelation[],
  changes: readonly Pick<MatrixCellChange<RoleCell>, 'columnId' | 'to'>[],
): UserScopeRoleRelationProtocol[] {
  const byRole = new Map<string, UserScopeRoleRelationProtocol>(
    current.map((r) => [
      r.roleId,
      {
        roleId: r.roleId,
        roleApplyPolicyCode: r.roleApplyPolicyCode,
        conditions: conditionsOut(r.conditions),
      },
    ]),
  );
  for (const c of changes) {
    if (c.to === 'none' || c.to === 'inherited') byRole.delete(c.columnId);
    else {
      const prev = byRole.get(c.columnId);
      byRole.set(c.columnId, {
        roleId: c.columnId,
        roleApplyPolicyCode: c.to === 'deny' ? 'DENY' : 'ALLOW',
        conditions: prev?.conditions ?? [],
      });
    }
  }
  return [...byRole.values()];
}

/** Sets the conditions of one direct grant, leaving the others as they are. */
export function withConditions(
  current: readonly UserRoleRelation[],
  roleId: string,
  conditions: readonly ConditionProtocol[],
): UserScopeRoleRelationProtocol[] {
  return applyCellChanges(current, []).map((r) =>
    r.roleId === roleId ? { ...r, conditions: conditionsOut(conditions) } : r,
  );
}

/** A stable fingerprint of a user's grants in one scope, to notice that someone else changed them. */
export function fingerprint(relations: readonly UserRoleRelation[], scopeId: string): string {
  return JSON.stringify(
    relations
      .filter((r) => r.scopeId === scopeId)
      .map((r) => [
        r.roleId,
        r.roleApplyPolicyCode,
        r.conditions.map((c) => [c.attributeId, c.attributeOperatorTypeCode, c.attributeValues]),
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );
}
