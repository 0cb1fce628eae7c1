import { describe, expect, it } from 'vitest';
import type { SecurityPolicy } from '../wire';
import { attachable, isCommonPolicy, mergePolicies } from './merge';

const pol = (owner: string, name: string): SecurityPolicy => ({
  securityPolicyId: `grn:gs2::${owner}:identifier:securityPolicy:${name}`,
  name,
  policy: '{}',
  createdAt: 0,
  updatedAt: 0,
});

describe('mergePolicies', () => {
  it('puts custom first, sorts each group by name and tags GS2-defined ones', () => {
    const merged = mergePolicies(
      [pol('me', 'zeta'), pol('me', 'alpha')],
      [pol('system', 'AdministratorAccess')],
    );
    expect(merged.map((o) => `${o.kind}:${o.policy.name}`)).toEqual([
      'custom:alpha',
      'custom:zeta',
      'common:AdministratorAccess',
    ]);
    expect(isCommonPolicy(merged[2]?.policy.securityPolicyId ?? '')).toBe(true);
    expect(isCommonPolicy(merged[0]?.policy.securityPolicyId ?? '')).toBe(false);
  });
});

describe('attachable', () => {
  const all = mergePolicies([pol('me', 'a'), pol('me', 'b')], [pol('system', 'C')]);
  it('offers what is not attached yet', () => {
    expect(attachable(all, [pol('me', 'a')], 100).map((o) => o.policy.name)).toEqual(['b', 'C']);
  });
  it('offers nothing once the limit is reached', () => {
    expect(attachable(all, [pol('me', 'a')], 1)).toEqual([]);
  });
});
