import {
  GS2_LIMITS,
  SecurityPoliciesResultSchema,
  SecurityPolicyAttachmentRequestSchema,
  UserNameRequestSchema,
} from '../../wire';
import type { EmulatorContext } from '../context';
import { badRequest, notFound } from '../errors';
import { parsePolicyGrn, policyGrn } from '../grn';
import { requireUser } from '../lookups';
import { defineRoute } from '../operation';
import { attachedPolicies, findPolicy } from '../policy-lookup';

const component = 'attachSecurityPolicy';

function setAttached(ctx: EmulatorContext, userName: string, securityPolicyIds: string[]) {
  const current = ctx.store.attachments.get(userName);
  const now = ctx.now();
  ctx.store.attachments.put(userName, {
    userName,
    securityPolicyIds,
    attachedAt: current?.attachedAt ?? now,
    revision: current ? current.revision + 1 : 0,
  });
  return { items: attachedPolicies(ctx, userName) };
}

const attachedIds = (ctx: EmulatorContext, userName: string) =>
  ctx.store.attachments.get(userName)?.securityPolicyIds ?? [];

export const attachmentRoutes = [
  defineRoute({
    name: 'getHasSecurityPolicy',
    method: 'GET',
    path: '/user/:userName/securityPolicy',
    component,
    request: UserNameRequestSchema,
    result: SecurityPoliciesResultSchema,
    run: ({ userName }, { ctx }) => {
      requireUser(ctx, userName);
      return { items: attachedPolicies(ctx, userName) };
    },
  }),
  defineRoute({
    name: 'attachSecurityPolicy',
    method: 'POST',
    path: '/user/:userName/securityPolicy',
    component,
    request: SecurityPolicyAttachmentRequestSchema,
    result: SecurityPoliciesResultSchema,
    run: ({ userName, securityPolicyId }, { ctx }) => {
      requireUser(ctx, userName);
      if (!parsePolicyGrn(securityPolicyId)) throw badRequest(component, 'securityPolicyId', 'invalid');
      // "Loaded and validated before attachment": an unknown policy, or one of another project, is not found.
      const policy = findPolicy(ctx, securityPolicyId);
      if (!policy) throw notFound('securityPolicy');
      const ids = attachedIds(ctx, userName);
      if (ids.includes(policy.securityPolicyId)) return { items: attachedPolicies(ctx, userName) };
      if (ids.length >= GS2_LIMITS.attachedPolicies)
        throw badRequest(component, 'securityPolicyIds', 'tooMany');
      return setAttached(ctx, userName, [...ids, policy.securityPolicyId]);
    },
  }),
  defineRoute({
    name: 'detachSecurityPolicy',
    method: 'DELETE',
    path: '/user/:userName/securityPolicy/:securityPolicyId',
    component,
    request: SecurityPolicyAttachmentRequestSchema,
    result: SecurityPoliciesResultSchema,
    run: ({ userName, securityPolicyId }, { ctx }) => {
      requireUser(ctx, userName);
      const ids = attachedIds(ctx, userName);
      const parsed = parsePolicyGrn(securityPolicyId);
      // Attachments hold canonical GRNs (empty region); a GRN given with a region detaches the same policy.
      const target = parsed ? policyGrn(parsed.ownerId, parsed.name) : securityPolicyId;
      // Detaching a policy that is not attached leaves the list as it is; the answer is the same list.
      if (!ids.includes(target)) return { items: attachedPolicies(ctx, userName) };
      return setAttached(
        ctx,
        userName,
        ids.filter((id) => id !== target),
      );
    },
  }),
];
