import type { PolicyDocument, Statement } from '../wire/common';
import { scpCall } from '../client';
import { useScpMutation, type ScpMutationOptions } from '../queries/use-scp-mutation';
import { encodeSrn, resourcePolicyApi, resourcePolicyKey } from './api';
import { useResourcePolicyText } from './resource-policy-text';

export type StatementVars = { srn: string; statement: Statement; sid?: string };

/** Adds a statement (creating the policy if the SRN has none), or replaces the one named `sid`. */
export function useSaveStatement(options?: ScpMutationOptions<unknown, StatementVars>) {
  const t = useResourcePolicyText();
  return useScpMutation(
    {
      run: (c, v) =>
        v.sid === undefined
          ? scpCall(c, resourcePolicyApi.addStatement, {
              params: { srn: encodeSrn(v.srn) },
              json: v.statement,
            })
          : scpCall(c, resourcePolicyApi.setStatement, {
              params: { srn: encodeSrn(v.srn), sid: v.sid },
              json: v.statement,
            }),
      invalidates: (c, v) => [resourcePolicyKey(c, v.srn)],
      success: () => t.statementSaved,
    },
    options,
  );
}

/** Removing the last statement removes the policy, as SCP does. */
export function useRemoveStatement(options?: ScpMutationOptions<unknown, { srn: string; sid: string }>) {
  const t = useResourcePolicyText();
  return useScpMutation(
    {
      run: (c, v) =>
        scpCall(c, resourcePolicyApi.removeStatement, { params: { srn: encodeSrn(v.srn), sid: v.sid } }),
      invalidates: (c, v) => [resourcePolicyKey(c, v.srn)],
      success: (v) => t.statementRemoved(v.sid),
    },
    options,
  );
}

/** Replaces the whole document (creating the policy if the SRN has none). */
export function useSetDocument(
  options?: ScpMutationOptions<unknown, { srn: string; document: PolicyDocument }>,
) {
  const t = useResourcePolicyText();
  return useScpMutation(
    {
      run: (c, v) =>
        scpCall(c, resourcePolicyApi.set, {
          params: { srn: encodeSrn(v.srn) },
          json: { policy_version: { policy_document: v.document } },
        }),
      invalidates: (c, v) => [resourcePolicyKey(c, v.srn)],
      success: () => t.documentSaved,
    },
    options,
  );
}

/** Deletes the policy on an SRN, every statement with it. */
export function useDeletePolicy(options?: ScpMutationOptions<unknown, { srn: string }>) {
  const t = useResourcePolicyText();
  return useScpMutation(
    {
      run: (c, v) => scpCall(c, resourcePolicyApi.remove, { params: { srn: encodeSrn(v.srn) } }),
      invalidates: (c, v) => [resourcePolicyKey(c, v.srn)],
      success: () => t.policyDeleted,
    },
    options,
  );
}
