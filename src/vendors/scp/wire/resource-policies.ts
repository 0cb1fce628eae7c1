import { z } from 'zod';
import { PolicyDocument, ScpDateTime, Statement } from './common';
import { POLICY_CATEGORIES, POLICY_TYPES } from './policies';

export const ResourcePolicyVersion = z.object({
  created_at: ScpDateTime,
  created_by: z.string(),
  id: z.string().optional(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  policy_document: PolicyDocument,
});

export const ResourcePolicyShowResponse = z.object({
  account_id: z.string().nullable(),
  created_at: ScpDateTime,
  created_by: z.string(),
  creator_email: z.string().nullish(),
  creator_name: z.string().nullish(),
  default_version_id: z.string().optional(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  modifier_email: z.string().nullish(),
  modifier_name: z.string().nullish(),
  policy_category: z.enum(POLICY_CATEGORIES).optional(),
  policy_type: z.enum(POLICY_TYPES).optional(),
  policy_versions: z.array(ResourcePolicyVersion).optional(),
  service_name: z.string().nullish(),
});
export type ResourcePolicyShowResponse = z.infer<typeof ResourcePolicyShowResponse>;

export const ResourcePolicyVersionCreateRequest = z.object({
  policy_document: PolicyDocument,
  policy_id: z.string().nullish(),
  policy_version_id: z.string().nullish(),
  policy_version_name: z.string().nullish(),
});
export const ResourcePolicySetRequest = z.object({ policy_version: ResourcePolicyVersionCreateRequest });

export const StatementCreateRequest = Statement;
export const StatementResponse = z.object({ Statement });
