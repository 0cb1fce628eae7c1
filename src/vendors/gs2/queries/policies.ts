import { gs2Call } from '../client';
import { useGs2Text } from '../gs2-text';
import type { SecurityPolicy } from '../wire';
import { gs2Keys } from './keys';
import { useGs2Mutation, type Gs2MutationOptions } from './use-gs2-mutation';

export type PolicyVars = { name: string; description: string; policy: string };

export function useCreatePolicy(options?: Gs2MutationOptions<SecurityPolicy, PolicyVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'createSecurityPolicy', {
            json: {
              name: v.name,
              description: v.description === '' ? null : v.description,
              policy: v.policy,
            },
          })
        ).item,
      invalidates: (c) => [gs2Keys.customPolicies(c)],
      success: (v) => t.policyCreated(v.name),
    },
    options,
  );
}

export function useUpdatePolicy(options?: Gs2MutationOptions<SecurityPolicy, PolicyVars>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'updateSecurityPolicy', {
            params: { securityPolicyName: v.name },
            json: { description: v.description === '' ? null : v.description, policy: v.policy },
          })
        ).item,
      update: (c, v, p, qc) => qc.setQueryData(gs2Keys.policy(c, v.name), p),
      // Attached copies in every user's list change too.
      invalidates: (c) => [gs2Keys.customPolicies(c), [c, 'gs2', 'user']],
      success: () => t.saved,
    },
    options,
  );
}

export function useDeletePolicy(options?: Gs2MutationOptions<SecurityPolicy, { name: string }>) {
  const t = useGs2Text();
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (await gs2Call(c, 'deleteSecurityPolicy', { params: { securityPolicyName: v.name } })).item,
      update: (c, v, _r, qc) => qc.removeQueries({ queryKey: gs2Keys.policy(c, v.name) }),
      invalidates: (c) => [gs2Keys.customPolicies(c), [c, 'gs2', 'user']],
      success: (v) => t.policyDeleted(v.name),
    },
    options,
  );
}

type AttachVars = { userName: string; securityPolicyId: string };

/** Attach and detach answer with the user's complete list, which replaces the cached one. */
export function useAttachPolicy(options?: Gs2MutationOptions<SecurityPolicy[], AttachVars>) {
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'attachSecurityPolicy', {
            params: { userName: v.userName },
            json: { securityPolicyId: v.securityPolicyId },
          })
        ).items,
      update: (c, v, items, qc) => qc.setQueryData(gs2Keys.attached(c, v.userName), items),
      invalidates: () => [],
    },
    options,
  );
}

export function useDetachPolicy(options?: Gs2MutationOptions<SecurityPolicy[], AttachVars>) {
  return useGs2Mutation(
    {
      run: async (c, v) =>
        (
          await gs2Call(c, 'detachSecurityPolicy', {
            params: { userName: v.userName, securityPolicyId: v.securityPolicyId },
          })
        ).items,
      update: (c, v, items, qc) => qc.setQueryData(gs2Keys.attached(c, v.userName), items),
      invalidates: () => [],
    },
    options,
  );
}
