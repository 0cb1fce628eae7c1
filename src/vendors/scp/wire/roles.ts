import { z } from 'zod';
import {
  Description,
  IdList,
  PolicyDocument,
  ROLE_NAME_CHARS,
  ScpDateTime,
  Tags,
  pageFields,
} from './common';
import { Policy } from './policies';

export const ROLE_TYPES = ['USER_DEFINED', 'SERVICE', 'SERVICE_LINKED', 'DEFAULT'] as const;
export const MAX_SESSION_MIN = 3600;
export const MAX_SESSION_MAX = 43200;

export const RoleName = z.string().min(1).max(64).regex(ROLE_NAME_CHARS, 'Letters, digits and +=,.@-_ only.');
const MaxSessionDuration = z.number().int().min(MAX_SESSION_MIN).max(MAX_SESSION_MAX);

export const Role = z.object({
  account_id: z.string().nullish(),
  assume_role_policy_document: PolicyDocument,
  created_at: ScpDateTime,
  created_by: z.string(),
  creator_email: z.string().nullish(),
  creator_name: z.string().nullish(),
  description: z.string().nullable(),
  id: z.string(),
  max_session_duration: z.number().int(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  modifier_email: z.string().nullish(),
  modifier_name: z.string().nullish(),
  name: z.string(),
  policies: z.array(Policy).nullable(),
  type: z.enum(ROLE_TYPES).optional(),
});
export type Role = z.infer<typeof Role>;

export const RoleTrustPolicyPrincipal = z.object({ type: z.string().min(1), value: z.string().min(1) });

export const RoleCreateRequest = z.object({
  account_id: z.string().nullish(),
  assume_role_policy_document: PolicyDocument.nullish(),
  description: Description,
  max_session_duration: MaxSessionDuration.optional(),
  name: RoleName,
  policy_ids: z.array(z.string().min(1)),
  principals: z.array(RoleTrustPolicyPrincipal).nullish(),
  tags: Tags,
});
export type RoleCreateRequest = z.infer<typeof RoleCreateRequest>;

export const RoleSetRequest = z.object({
  description: Description,
  max_session_duration: MaxSessionDuration.nullish(),
});
export const RoleTrustPolicyRequest = z.object({ assume_role_policy_document: PolicyDocument });
export const RoleTrustPolicyShowResponse = z.object({
  assume_role_policy_document: PolicyDocument,
  created_at: ScpDateTime,
  created_by: z.string(),
  id: z.string(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
});
export const RoleShowResponse = z.object({ role: Role });
export const RolePageResponse = z.object({ ...pageFields, roles: z.array(Role) });
export type RolePageResponse = z.infer<typeof RolePageResponse>;

/** Roles are deleted by ids and/or names; at least one of them must name something. */
export const RoleBulkDeleteRequest = z
  .object({
    account_id: z.string().nullish(),
    role_ids: z.array(z.string()).nullish(),
    role_names: z.array(z.string()).nullish(),
  })
  .refine((r) => [...(r.role_ids ?? []), ...(r.role_names ?? [])].some((v) => v !== ''), {
    message: 'role_ids or role_names must name a role.',
  });

export const RolePolicyBindingRequest = z.object({ policy_ids: IdList.min(1) });
