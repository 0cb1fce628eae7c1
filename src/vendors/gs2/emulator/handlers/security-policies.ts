import {
  GS2_LIMITS,
  CreateSecurityPolicyRequestSchema,
  DescribeSecurityPoliciesRequestSchema,
  DescribeSecurityPoliciesResultSchema,
  SecurityPolicyNameRequestSchema,
  SecurityPolicyResultSchema,
  UpdateSecurityPolicyRequestSchema,
} from '../../wire';
import { COMMON_POLICIES, commonPolicyGrn } from '../common-policies';
import type { EmulatorContext } from '../context';
import { conflict, notFound } from '../errors';
import { policyGrn } from '../grn';
import { ownerId } from '../lookups';
import { defineRoute } from '../operation';
import { decodePageToken, encodePageToken, paginate } from '../paging';
import { presentPolicy } from '../present';
import type { PolicyRecord } from '../store';

const component = 'securityPolicy';

const present = (ctx: EmulatorContext, p: PolicyRecord) => presentPolicy(policyGrn(ownerId(ctx), p.name), p);

function requirePolicy(ctx: EmulatorContext, name: string): PolicyRecord {
  const policy = ctx.store.policies.get(name);
  if (!policy) throw notFound(component);
  return policy;
}

export const securityPolicyRoutes = [
  defineRoute({
    name: 'describeSecurityPolicies',
    method: 'GET',
    path: '/securityPolicy',
    component,
    request: DescribeSecurityPoliciesRequestSchema,
    result: DescribeSecurityPoliciesResultSchema,
    run: (input, { ctx }) =>
      paginate(ctx.store.policies, { component, scope: 'securityPolicy', ...input }, (p) => present(ctx, p)),
  }),
  // Registered before /securityPolicy/:securityPolicyName so that the literal path wins.
  defineRoute({
    name: 'describeCommonSecurityPolicies',
    method: 'GET',
    path: '/securityPolicy/common',
    component,
    request: DescribeSecurityPoliciesRequestSchema,
    result: DescribeSecurityPoliciesResultSchema,
    run: ({ pageToken, limit }) => {
      const start = decodePageToken(component, 'common', pageToken);
      const end = start + (limit ?? GS2_LIMITS.pageLimitDefault);
      const items = COMMON_POLICIES.slice(start, end).map((p) => presentPolicy(commonPolicyGrn(p.name), p));
      return { items, nextPageToken: end < COMMON_POLICIES.length ? encodePageToken('common', end) : null };
    },
  }),
  defineRoute({
    name: 'createSecurityPolicy',
    method: 'POST',
    path: '/securityPolicy',
    component,
    request: CreateSecurityPolicyRequestSchema,
    result: SecurityPolicyResultSchema,
    run: ({ name, description, policy }, { ctx }) => {
      if (ctx.store.policies.has(name)) throw conflict(component, 'name');
      const now = ctx.now();
      // Stored exactly as sent: the document is checked for JSON syntax only.
      const record = {
        name,
        ...(description ? { description } : {}),
        policy,
        createdAt: now,
        updatedAt: now,
      };
      return { item: present(ctx, ctx.store.policies.put(name, record)) };
    },
  }),
  defineRoute({
    name: 'updateSecurityPolicy',
    method: 'PUT',
    path: '/securityPolicy/:securityPolicyName',
    component,
    request: UpdateSecurityPolicyRequestSchema,
    result: SecurityPolicyResultSchema,
    run: ({ securityPolicyName: name, description, policy }, { ctx }) => {
      const { createdAt } = requirePolicy(ctx, name);
      // Takes effect at once: policies are read on every authorised call, never copied into tokens.
      const record = {
        name,
        ...(description ? { description } : {}),
        policy,
        createdAt,
        updatedAt: ctx.now(),
      };
      return { item: present(ctx, ctx.store.policies.put(name, record)) };
    },
  }),
  defineRoute({
    name: 'getSecurityPolicy',
    method: 'GET',
    path: '/securityPolicy/:securityPolicyName',
    component,
    request: SecurityPolicyNameRequestSchema,
    result: SecurityPolicyResultSchema,
    run: ({ securityPolicyName }, { ctx }) => ({
      item: present(ctx, requirePolicy(ctx, securityPolicyName)),
    }),
  }),
  defineRoute({
    name: 'deleteSecurityPolicy',
    method: 'DELETE',
    path: '/securityPolicy/:securityPolicyName',
    component,
    request: SecurityPolicyNameRequestSchema,
    result: SecurityPolicyResultSchema,
    run: ({ securityPolicyName }, { ctx }) => {
      const policy = requirePolicy(ctx, securityPolicyName);
      const grn = policyGrn(ownerId(ctx), policy.name);
      // Allowed while attached; the GRN is pruned so that a later policy of the same name grants nothing by surprise.
      for (const a of ctx.store.attachments.values()) {
        if (a.securityPolicyIds.includes(grn)) {
          ctx.store.attachments.put(a.userName, {
            ...a,
            securityPolicyIds: a.securityPolicyIds.filter((id) => id !== grn),
            revision: a.revision + 1,
          });
        }
      }
      ctx.store.policies.delete(securityPolicyName);
      return { item: present(ctx, policy) };
    },
  }),
];
