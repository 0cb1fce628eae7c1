import { z } from 'zod';
import {
  Description,
  GROUP_POLICY_NAME_CHARS,
  IdList,
  PolicyDocument,
  ScpDateTime,
  Tags,
  pageFields,
} from './common';

export const POLICY_CATEGORIES = ['IDENTITY_BASED', 'RESOURCE_BASED', 'SESSION'] as const;
export const POLICY_TYPES = ['SYSTEM_MANAGED', 'USER_DEFINED', 'INLINE'] as const;

export const PolicyName = z
  .string()
  .min(3)
  .max(128)
  .regex(GROUP_POLICY_NAME_CHARS, 'Letters, digits, Hangul and -.,_+=@ only.');

export const PolicyVersion = z.object({
  created_at: ScpDateTime,
  created_by: z.string(),
  id: z.string().optional(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  policy_document: PolicyDocument,
  policy_id: z.string().optional(),
  policy_version_name: z.string().optional(),
});
export type PolicyVersion = z.infer<typeof PolicyVersion>;

export const Policy = z.object({
  account_id: z.string().nullable(),
  created_at: ScpDateTime,
  created_by: z.string(),
  creator_email: z.string().nullish(),
  creator_name: z.string().nullish(),
  default_version_id: z.string().optional(),
  description: z.string().nullish(),
  domain_name: z.string(),
  id: z.string().optional(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  modifier_email: z.string().nullish(),
  modifier_name: z.string().nullish(),
  policy_category: z.enum(POLICY_CATEGORIES).optional(),
  policy_name: z.string().optional(),
  policy_type: z.enum(POLICY_TYPES).optional(),
  policy_versions: z.array(PolicyVersion).optional(),
  resource_type: z.string().nullish(),
  service_name: z.string().nullish(),
  service_type: z.string().nullish(),
  srn: z.string(),
  state: z.enum(['ACTIVE', 'INACTIVE', 'DELETED']).optional(),
});
export type Policy = z.infer<typeof Policy>;
/** GET, POST and PUT of one policy answer with the bare policy object. */
export const PolicyShowResponse = Policy;

export const PolicyVersionCreateRequest = z.object({
  policy_document: PolicyDocument,
  policy_id: z.string().nullish(),
  policy_version_id: z.string().nullish(),
  policy_version_name: z.string().min(1).max(128).nullish(),
});
export type PolicyVersionCreateRequest = z.infer<typeof PolicyVersionCreateRequest>;

export const PolicyCreateRequest = z.object({
  default_version_id: z.string().nullish(),
  description: Description,
  policy_category: z.enum(POLICY_CATEGORIES).nullish(),
  policy_name: PolicyName,
  policy_type: z.enum(POLICY_TYPES).nullish(),
  policy_version: PolicyVersionCreateRequest,
  service_type: z.string().nullish(),
  tags: Tags,
});
export type PolicyCreateRequest = z.infer<typeof PolicyCreateRequest>;

export const PolicySetRequest = z.object({
  default_version_id: z.string().nullish(),
  description: Description,
  policy_name: PolicyName.nullish(),
  policy_version: PolicyVersionCreateRequest.nullish(),
});
export type PolicySetRequest = z.infer<typeof PolicySetRequest>;

export const PolicyQueryRequest = z.object({ excluded_policy_ids: z.array(z.string()).nullish() });
export const ListPolicyRemoveRequest = z.object({ ids: IdList.min(1) });

export const PolicyPageResponse = z.object({ ...pageFields, policies: z.array(Policy) });
export type PolicyPageResponse = z.infer<typeof PolicyPageResponse>;

/** One call binds or unbinds identities of one type. */
export const IDENTITY_TYPES = ['USER', 'GROUP', 'ROLE'] as const;
export const PolicyBindingSetRequest = z.object({
  add_ids: z.array(z.string().min(1)).nullish(),
  identity_type: z.enum(IDENTITY_TYPES),
  remove_ids: z.array(z.string().min(1)).nullish(),
});
export type PolicyBindingSetRequest = z.infer<typeof PolicyBindingSetRequest>;

/** The seed types the binding items as free-form objects; each carries at least its id and name. */
export const PolicyBindingPageResponse = z.object({
  ...pageFields,
  groups: z.array(z.looseObject({ id: z.string(), name: z.string() })).nullish(),
  policy_id: z.string().optional(),
  roles: z.array(z.looseObject({ id: z.string(), name: z.string() })).nullish(),
  users: z.array(z.looseObject({ id: z.string(), user_name: z.string().nullish() })).nullish(),
});
export type PolicyBindingPageResponse = z.infer<typeof PolicyBindingPageResponse>;

/** Per-identity binding requests and responses (users, groups, roles). */
export const PolicyIdsRequest = z.object({ policy_ids: IdList.min(1) });
export const PoliciesResponse = z.object({ policies: z.array(Policy) });
export const UserPolicyResponse = z.object({ policies: z.array(Policy), user_id: z.string() });
export const UserPolicyPageResponse = z.object({
  ...pageFields,
  policies: z.array(Policy),
  user_id: z.string(),
});
