import { useDraft } from '@/components/policy-editor';

export type PolicyDraft = { description: string; policy: string; name?: string; baseUpdatedAt?: number };

const key = (connectionId: string, name: string | undefined) =>
  `tessera.gs2.policyDraft.${connectionId}.${name ?? ':new'}`;

const isDraft = (v: unknown): v is PolicyDraft =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Partial<PolicyDraft>).policy === 'string' &&
  typeof (v as Partial<PolicyDraft>).description === 'string';

/** Unsaved edits of one GS2 policy (or of a new one), kept until the save succeeds. */
export const usePolicyDraft = (connectionId: string, name: string | undefined) =>
  useDraft(key(connectionId, name), isDraft);
