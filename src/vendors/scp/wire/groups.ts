import { z } from 'zod';
import { GROUP_POLICY_NAME_CHARS, IdList, ScpDateTime, Tags, pageFields } from './common';
import { Policy } from './policies';
import { Role } from './roles';

export const GroupName = z
  .string()
  .min(3)
  .max(24)
  .regex(GROUP_POLICY_NAME_CHARS, 'Letters, digits, Hangul and -.,_+=@ only.');

export const GroupMember = z.object({
  created_at: ScpDateTime,
  created_by: z.string(),
  creator_created_at: ScpDateTime,
  creator_email: z.string().optional(),
  creator_last_login_at: ScpDateTime.nullish(),
  creator_name: z.string().optional(),
  group_names: z.array(z.string()).optional(),
  user_created_at: ScpDateTime,
  user_email: z.string().optional(),
  user_id: z.string(),
  user_last_login_at: ScpDateTime.nullish(),
  user_name: z.string().optional(),
});
export type GroupMember = z.infer<typeof GroupMember>;

export const Group = z.object({
  created_at: ScpDateTime,
  created_by: z.string(),
  creator_email: z.string().optional(),
  creator_name: z.string().optional(),
  description: z.string().nullable(),
  domain_name: z.string(),
  id: z.string(),
  members: z.array(GroupMember).nullish(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  modifier_email: z.string().optional(),
  modifier_name: z.string().optional(),
  name: z.string(),
  policies: z.array(Policy).nullable(),
  resource_type: z.string().nullish(),
  roles: z.array(Role).nullable(),
  service_name: z.string().nullish(),
  service_type: z.string().nullish(),
  srn: z.string().nullish(),
  type: z.string(),
});
export type Group = z.infer<typeof Group>;

/** The key is required even though its value may be null. */
const GroupDescription = z.string().max(1000).nullable();

export const GroupCreateRequest = z.object({
  description: GroupDescription,
  name: GroupName,
  policy_ids: z.array(z.string().min(1)).nullish(),
  tags: Tags,
  user_ids: z.array(z.string().min(1)).nullish(),
});
export type GroupCreateRequest = z.infer<typeof GroupCreateRequest>;

/** Both fields are required: a rename sends the current description too. */
export const GroupSetRequest = z.object({ description: GroupDescription, name: GroupName });
export type GroupSetRequest = z.infer<typeof GroupSetRequest>;

export const GroupShowResponse = z.object({ group: Group });
export const GroupPageResponse = z.object({ ...pageFields, groups: z.array(Group) });
export type GroupPageResponse = z.infer<typeof GroupPageResponse>;

export const GroupMemberCreateRequest = z.object({ user_id: z.string().min(1) });
export const CreatedGroupMember = z.object({
  created_at: ScpDateTime,
  created_by: z.string(),
  creator_email: z.string().optional(),
  creator_name: z.string().optional(),
  user_email: z.string().optional(),
  user_id: z.string(),
  user_name: z.string().optional(),
});
export const GroupMemberCreateResponse = z.object({ group_member: CreatedGroupMember });
export const GroupMemberPageResponse = z.object({ ...pageFields, group_members: z.array(GroupMember) });

export const GroupPolicyBindingRequest = z.object({ policy_ids: IdList.min(1) });
