import { describe, expect, it } from 'vitest';
import type { RoleGraph } from '../engine/effective-roles';
import type { RoleRelation } from '../engine/model';
import { resourceGrants } from './grants';

const rel = (relatedRoleId: string, policy: 'ALLOW' | 'DENY' = 'ALLOW'): RoleRelation => ({
  relatedRoleId,
  roleApplyPolicyCode: policy,
  conditions: [],
  regDateTime: '',
});

// ADMIN includes EDITOR includes VIEWER; LIMITED includes EDITOR but carves VIEWER out with DENY.
const graph: RoleGraph = new Map([
  ['ADMIN', [rel('EDITOR')]],
  ['EDITOR', [rel('VIEWER')]],
  ['VIEWER', []],
  ['LIMITED', [rel('EDITOR'), rel('VIEWER', 'DENY')]],
  ['OTHER', []],
]);

describe('resource grants', () => {
  const g = resourceGrants(
    [
      { roleId: 'VIEWER', operationId: 'GET' },
      { roleId: 'EDITOR', operationId: 'PUT' },
    ],
    graph,
  );

  it.each([
    ['VIEWER', 'GET', 'granted'],
    ['EDITOR', 'GET', 'inherited'],
    ['ADMIN', 'GET', 'inherited'],
    ['ADMIN', 'PUT', 'inherited'],
    ['EDITOR', 'PUT', 'granted'],
    ['VIEWER', 'PUT', 'none'],
    ['LIMITED', 'GET', 'none'],
    ['LIMITED', 'PUT', 'inherited'],
    ['OTHER', 'GET', 'none'],
  ])('%s may %s: %s', (roleId, op, state) => {
    expect(g.state(roleId, op)).toBe(state);
  });

  it('names the included roles that carry an inherited grant', () => {
    expect(g.via('ADMIN', 'GET')).toEqual(['VIEWER']);
    expect(g.via('ADMIN', 'PUT')).toEqual(['EDITOR']);
    expect(g.via('OTHER', 'GET')).toEqual([]);
  });
});
