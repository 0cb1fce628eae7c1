import type { PolicyDocument } from '../../wire/common';
import type { PolicyRec, UserRec } from '../records';
import type { ScpStore } from '../store';

/** Policies bound to the user directly and through every group the user is a member of. */
export function effectivePolicies(store: ScpStore, user: UserRec): PolicyRec[] {
  const ids = new Set(user.policy_ids);
  for (const g of store.groups.list((g) => g.members.some((m) => m.user_id === user.id)))
    for (const id of g.policy_ids) ids.add(id);
  return [...ids].map((id) => store.policies.get(id)).filter((p): p is PolicyRec => p?.state === 'ACTIVE');
}

/** The default version's document of each effective policy: what authorisation evaluates. */
export function policyDocumentsOf(store: ScpStore, user: UserRec): PolicyDocument[] {
  return effectivePolicies(store, user).flatMap((p) => {
    const v = p.versions.find((x) => x.id === p.default_version_id) ?? p.versions[0];
    return v ? [v.document] : [];
  });
}
