import type { CellKind } from '@/components/matrix';
import { effectiveRoles, type RoleGraph } from '../engine/effective-roles';

/**
 * One cell of a resource's roles × operations matrix. `inherited`: the role holds no grant itself but
 * includes (over ALLOW relations, DENY carve-outs applied) a role that does, so ROLE's check allows it.
 */
export type GrantCell = 'granted' | 'inherited' | 'none';

export const grantKey = (roleId: string, operationId: string) => `${roleId}\u0000${operationId}`;

export type ResourceGrants = {
  state: (roleId: string, operationId: string) => GrantCell;
  /** For an inherited cell, the included roles that carry the grant here. */
  via: (roleId: string, operationId: string) => string[];
};

/**
 * Reads a resource's grants with the same engine the emulator checks with: a user holding only `roleId`
 * gets `effectiveRoles` of it, conditions on relations taken as met (they depend on the request).
 */
export function resourceGrants(
  authorizations: readonly { roleId: string; operationId: string }[],
  graph: RoleGraph,
): ResourceGrants {
  const direct = new Set(authorizations.map((a) => grantKey(a.roleId, a.operationId)));
  const reach = new Map<string, string[]>();
  const reached = (roleId: string) => {
    let r = reach.get(roleId);
    if (!r) {
      const all = effectiveRoles(
        [{ scopeId: 'ALL', roleId, roleApplyPolicyCode: 'ALLOW', conditions: [], regYmdt: '' }],
        graph,
        () => true,
        { denyPrunesSubtree: true },
      );
      r = [...all].filter((x) => x !== roleId).sort();
      reach.set(roleId, r);
    }
    return r;
  };
  const via = (roleId: string, operationId: string) =>
    reached(roleId).filter((x) => direct.has(grantKey(x, operationId)));
  return {
    state: (roleId, operationId) =>
      direct.has(grantKey(roleId, operationId))
        ? 'granted'
        : via(roleId, operationId).length > 0
          ? 'inherited'
          : 'none',
    via,
  };
}

export function grantCellKind(t: { granted: string; inherited: string; none: string }): CellKind<GrantCell> {
  return {
    states: {
      granted: { label: t.granted, glyph: '✓', className: 'res-granted' },
      inherited: { label: t.inherited, glyph: '↳', className: 'res-inherited' },
      none: { label: t.none, glyph: '' },
    },
    next: (s) => (s === 'granted' ? 'none' : 'granted'),
    settable: ['granted', 'none'],
  };
}
