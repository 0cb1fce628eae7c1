import type { SecurityPolicy } from '../wire';
import { COMMON_POLICIES } from './common-policies';
import type { EmulatorContext } from './context';
import { SYSTEM_OWNER, parsePolicyGrn, policyGrn } from './grn';
import { presentPolicy } from './present';

/** Finds a custom policy of this project or a GS2-defined one by GRN; a GRN of another project finds nothing. */
export function findPolicy(ctx: EmulatorContext, grn: string): SecurityPolicy | undefined {
  const parsed = parsePolicyGrn(grn);
  if (!parsed) return undefined;
  if (parsed.ownerId === SYSTEM_OWNER) {
    const common = COMMON_POLICIES.find((p) => p.name === parsed.name);
    // Canonical GRN (empty region), so the same policy given with a region is not attached twice.
    return common && presentPolicy(policyGrn(SYSTEM_OWNER, common.name), common);
  }
  if (parsed.ownerId !== ctx.meta().ownerId) return undefined;
  const custom = ctx.store.policies.get(parsed.name);
  return custom && presentPolicy(policyGrn(parsed.ownerId, custom.name), custom);
}

/** The policies attached to a user, in attachment order; GRNs that no longer resolve are skipped. */
export function attachedPolicies(ctx: EmulatorContext, userName: string): SecurityPolicy[] {
  const ids = ctx.store.attachments.get(userName)?.securityPolicyIds ?? [];
  return ids.flatMap((grn) => findPolicy(ctx, grn) ?? []);
}
