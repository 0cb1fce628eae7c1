import type { SecurityPolicy } from '../wire';

export type PolicyOption = { policy: SecurityPolicy; kind: 'custom' | 'common' };

/** GS2-defined policies live under the `system` owner: `grn:gs2::system:identifier:securityPolicy:{Name}`. */
export const isCommonPolicy = (grn: string): boolean => grn.startsWith('grn:gs2::system:');

/** Custom and GS2-defined policies as one list, custom first, each sorted by name; GRNs are unique. */
export function mergePolicies(
  custom: readonly SecurityPolicy[],
  common: readonly SecurityPolicy[],
): PolicyOption[] {
  const byName = (a: PolicyOption, b: PolicyOption) => a.policy.name.localeCompare(b.policy.name);
  const seen = new Set<string>();
  const out: PolicyOption[] = [];
  for (const [list, kind] of [
    [custom, 'custom'],
    [common, 'common'],
  ] as const) {
    const part = list
      .filter((p) => !seen.has(p.securityPolicyId))
      .map((policy) => ({ policy, kind }))
      .sort(byName);
    for (const o of part) seen.add(o.policy.securityPolicyId);
    out.push(...part);
  }
  return out;
}

/** What the picker offers: everything not attached yet, nothing at all once GS2's limit is reached. */
export function attachable(
  options: readonly PolicyOption[],
  attached: readonly SecurityPolicy[],
  max: number,
): PolicyOption[] {
  if (attached.length >= max) return [];
  const ids = new Set(attached.map((p) => p.securityPolicyId));
  return options.filter((o) => !ids.has(o.policy.securityPolicyId));
}
