import { z } from 'zod';
import { Description, ScpDateTime, Tags, USER_NAME_CHARS, pageFields } from './common';
import { Policy } from './policies';

export const PASSWORD_REUSE_MAX = 24;
export const UserName = z.string().min(1).max(64).regex(USER_NAME_CHARS, 'Letters, digits and +.@-_ only.');

/** The 25 fields every user shape shares (UserResponse). */
export const userBaseFields = {
  account_id: z.string().nullish(),
  company_name: z.string().nullish(),
  created_at: ScpDateTime,
  created_by: z.string(),
  description: z.string().nullish(),
  dst_offset: z.string().nullish(),
  email: z.string().nullish(),
  email_authenticated: z.boolean(),
  first_name: z.string().nullish(),
  id: z.string(),
  last_login_at: ScpDateTime.nullish(),
  last_name: z.string().nullish(),
  last_password_update_at: ScpDateTime.nullish(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  name: z.string().nullish(),
  password_reuse_count: z.number().int(),
  phone_authenticated: z.boolean(),
  policies: z.array(Policy).nullable(),
  state: z.string().nullish(),
  timezone: z.string().nullish(),
  type: z.string(),
  tz_id: z.string().nullish(),
  user_name: z.string().nullish(),
  utc_offset: z.string().nullish(),
};

export const UserResponse = z.object(userBaseFields);
export type UserResponse = z.infer<typeof UserResponse>;
export const IAMUserResponse = z.object({ ...userBaseFields, groups: z.array(z.string()).nullish() });
export type IAMUserResponse = z.infer<typeof IAMUserResponse>;
/** Create and password change echo the password, as the seed documents. */
export const IAMCreateUserResponse = z.object({
  ...userBaseFields,
  console_url: z.string(),
  password: z.string(),
});
export const IAMUserDetailResponse = z.object({
  ...userBaseFields,
  created_by_name: z.string().nullish(),
  modified_by_name: z.string().nullish(),
  resource_type: z.string().nullish(),
  service: z.string().nullish(),
  service_name: z.string().nullish(),
  srn: z.string().nullable(),
});
export const ListIAMUserResponse = z.object({ ...pageFields, users: z.array(IAMUserResponse) });
export type ListIAMUserResponse = z.infer<typeof ListIAMUserResponse>;

export const Password = z.string().min(8).max(128);

export const IAMUserCreateRequest = z.object({
  description: Description,
  group_ids: z.array(z.string().min(1)).nullish(),
  password: Password,
  policy_ids: z.array(z.string().min(1)).nullish(),
  tags: Tags,
  temporary_password: z.boolean(),
  user_name: UserName,
});
export type IAMUserCreateRequest = z.infer<typeof IAMUserCreateRequest>;

export const IAMUserUpdateRequest = z.object({
  description: Description,
  password_reuse_count: z.number().int().min(0).max(PASSWORD_REUSE_MAX),
});
export const IAMUserPasswordUpdateRequest = z.object({
  password: Password,
  temporary_password: z.boolean().nullish(),
});
export const IAMUserDeleteRequest = z.object({ user_ids: z.array(z.string().min(1)).min(1) });
