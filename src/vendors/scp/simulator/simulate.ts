import type { Group } from '../wire/groups';
import type { Policy } from '../wire/policies';
import type { PolicyDocument } from '../wire/common';
import { findAction } from '../policies/engine/actions';
import { explain, type Explanation } from '../policies/engine/evaluate';
import { iamScope, iamSrn } from '../policies/engine/srn';
import { defaultVersion } from '../policies/versions';

/** One policy the user holds, the document SCP evaluates for it, and how the user came to hold it. */
export type HeldPolicy = {
  document: PolicyDocument;
  policy: Policy;
  /** Empty when bound to the user directly; else the names of the groups that bind it. */
  viaGroups: string[];
  direct: boolean;
};

/**
 * The policies SCP evaluates for a user, as the emulator gathers them: bound directly and through every
 * group the user is a member of; ACTIVE only; each policy's default version.
 */
export function heldPolicies(
  userId: string,
  direct: readonly Policy[],
  groups: readonly Group[],
): HeldPolicy[] {
  const held = new Map<string, { policy: Policy; viaGroups: string[]; direct: boolean }>();
  const add = (p: Policy, via?: string) => {
    const key = p.id ?? p.srn;
    const entry = held.get(key) ?? { policy: p, viaGroups: [], direct: false };
    if (via === undefined) entry.direct = true;
    else entry.viaGroups.push(via);
    held.set(key, entry);
  };
  for (const p of direct) add(p);
  for (const g of groups)
    if (g.members?.some((m) => m.user_id === userId)) for (const p of g.policies ?? []) add(p, g.name);
  return [...held.values()].flatMap((h) => {
    const version =
      h.policy.state === undefined || h.policy.state === 'ACTIVE' ? defaultVersion(h.policy) : undefined;
    return version ? [{ ...h, document: version.policy_document }] : [];
  });
}

export type SimulationInput = {
  action: string;
  /** Needed only for actions outside the catalogue; the catalogue's level wins otherwise. */
  level: string;
  resource: string;
  region: string;
};

export function simulate(held: readonly HeldPolicy[], input: SimulationInput): Explanation<HeldPolicy> {
  const known = findAction(input.action);
  return explain(held, {
    action: known?.action ?? input.action,
    level: known?.level ?? input.level,
    resource: input.resource,
    context: { 'scp:RequestedRegion': input.region },
  });
}

/** The SRN SCP checks an action against: the resource's own for single-resource actions, else the IAM scope. */
export function defaultResource(
  action: string,
  environment: string,
  accountId: string,
  resourceId = '*',
): string {
  const known = findAction(action);
  if (known?.target.kind === 'resource') return iamSrn(environment, accountId, known.target.type, resourceId);
  return iamScope(environment, accountId);
}
