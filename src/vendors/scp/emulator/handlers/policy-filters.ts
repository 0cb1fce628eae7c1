import { ScpError } from '../errors';
import { listParam, listQuery, paginate, textFilter } from '../request';
import type { PolicyRec } from '../records';
import type { Deps, ScpContext } from '../routing';
import { policySortKey, policyView } from '../views/policies';
import { viewContext } from '../views/view-context';
import { mustGet } from './shared';

export const POLICY_SORT = ['created_at', 'modified_at', 'policy_name'] as const;

/** `scp-iam` in requests and `iam` in responses name the same service. */
export const serviceKey = (s: string) => s.toLowerCase().replace(/^scp-/, '');

/** policy_id / id, policy_name and the repeatable policy_type filter, shared by every policy list. */
export function basicPolicyFilter(c: ScpContext, idParam: 'id' | 'policy_id'): (p: PolicyRec) => boolean {
  const id = c.req.query(idParam);
  const name = textFilter(c, 'policy_name');
  const types = listParam(c, 'policy_type');
  return (p) =>
    (!id || p.id === id) &&
    (!name || name(p.policy_name)) &&
    (!types.length || types.includes(p.policy_type));
}

/** The policies bound to an identity, filtered and paged: the three `.../policy-bindings` lists. */
export function boundPolicyPage(c: ScpContext, deps: Deps, policyIds: string[]) {
  const q = listQuery(c, POLICY_SORT);
  const keep = basicPolicyFilter(c, 'policy_id');
  const bound = policyIds
    .map((id) => deps.store.policies.get(id))
    .filter((p): p is PolicyRec => p !== undefined && keep(p));
  const { items, ...page } = paginate(bound, q, policySortKey);
  const v = viewContext(deps);
  return { ...page, policies: items.map((p) => policyView(v, p)) };
}

/** Binding an already-bound policy is accepted and changes nothing; an unknown policy is a 404. */
export function withPolicies(deps: Deps, current: string[], add: string[]): string[] {
  for (const id of add) mustGet(deps.store.policies, id, 'Policy');
  return [...new Set([...current, ...add])];
}

export function withoutPolicy(current: string[], policyId: string, holder: string): string[] {
  if (!current.includes(policyId))
    throw new ScpError(404, 'NOT_FOUND', `Policy "${policyId}" is not bound to ${holder}.`);
  return current.filter((id) => id !== policyId);
}
