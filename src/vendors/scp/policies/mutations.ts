import type { PolicyDocument } from '../wire/common';
import type { Policy } from '../wire/policies';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { useScpMutation, type ScpMutationOptions } from '../queries/use-scp-mutation';
import { policyApi, policyKeys, type IdentityType } from './api';
import { usePolicyText } from './policy-text';

export type CreatePolicyVars = {
  name: string;
  description: string;
  versionName: string;
  document: PolicyDocument;
};

export function useCreatePolicy(options?: ScpMutationOptions<Policy, CreatePolicyVars>) {
  const t = usePolicyText();
  return useScpMutation(
    {
      run: (c, v) =>
        scpCall(c, policyApi.create, {
          json: {
            policy_name: v.name,
            description: v.description || null,
            policy_category: 'IDENTITY_BASED',
            policy_type: 'USER_DEFINED',
            policy_version: { policy_document: v.document, policy_version_name: v.versionName || null },
          },
        }),
      invalidates: (c) => [scpKeys.policies(c)],
      success: (v) => t.created(v.name),
    },
    options,
  );
}

export type NewVersionVars = {
  policyId: string;
  description: string;
  versionName: string;
  document: PolicyDocument;
};

/** SCP adds the document as a new version and makes it the default (five versions are kept). */
export function useAddPolicyVersion(options?: ScpMutationOptions<Policy, NewVersionVars>) {
  const t = usePolicyText();
  return useScpMutation(
    {
      run: (c, v) =>
        scpCall(c, policyApi.set, {
          params: { policyId: v.policyId },
          json: {
            description: v.description || null,
            policy_version: { policy_document: v.document, policy_version_name: v.versionName || null },
          },
        }),
      update: (c, v, qc, p) => qc.setQueryData(policyKeys.one(c, v.policyId), p),
      invalidates: (c) => [scpKeys.policies(c)],
      success: () => t.versionSaved,
    },
    options,
  );
}

export function useSetDefaultVersion(
  options?: ScpMutationOptions<Policy, { policyId: string; versionId: string }>,
) {
  const t = usePolicyText();
  return useScpMutation(
    {
      run: (c, v) =>
        scpCall(c, policyApi.set, {
          params: { policyId: v.policyId },
          json: { default_version_id: v.versionId },
        }),
      update: (c, v, qc, p) => qc.setQueryData(policyKeys.one(c, v.policyId), p),
      invalidates: (c) => [scpKeys.policies(c)],
      success: () => t.defaultSwitched,
    },
    options,
  );
}

/** All or nothing: one bound or system policy and SCP deletes none. */
export function useDeletePolicies(options?: ScpMutationOptions<unknown, { ids: string[] }>) {
  const t = usePolicyText();
  return useScpMutation(
    {
      run: (c, v) => scpCall(c, policyApi.removeMany, { json: { ids: v.ids } }),
      update: (c, v, qc) => {
        for (const id of v.ids) qc.removeQueries({ queryKey: policyKeys.one(c, id) });
      },
      invalidates: (c) => [scpKeys.policies(c), scpKeys.users(c), scpKeys.groups(c), scpKeys.roles(c)],
      success: (v) => t.deleted(v.ids.length),
    },
    options,
  );
}

export type BindingVars = { policyId: string; type: IdentityType; identityId: string; bind: boolean };

/** One identity bound to or unbound from one policy; the matrix shows failures on the cell itself. */
export function useSetPolicyBinding(options?: ScpMutationOptions<unknown, BindingVars>) {
  return useScpMutation(
    {
      run: (c, v) =>
        scpCall(c, policyApi.setBindings, {
          params: { policyId: v.policyId },
          json: {
            identity_type: v.type,
            ...(v.bind ? { add_ids: [v.identityId] } : { remove_ids: [v.identityId] }),
          },
        }),
      invalidates: (c, v) => [
        policyKeys.bindings(c, v.policyId),
        v.type === 'USER' ? scpKeys.users(c) : v.type === 'GROUP' ? scpKeys.groups(c) : scpKeys.roles(c),
      ],
    },
    options,
  );
}
