import { z } from 'zod';
import {
  ConditionBundleProtocolSchema,
  ConditionProtocolSchema,
  RoleApplyPolicyCodeSchema,
  RoleTagProtocolSchema,
  SearchRoleOptionCodeSchema,
  WireDateSchema,
  opt,
  withHeader,
} from './common';

export const UserRoleRelationProtocolSchema = z.object({
  roleId: z.string(),
  scopeId: z.string(),
  roleApplyPolicyCode: opt(RoleApplyPolicyCodeSchema),
  conditions: opt(z.array(ConditionProtocolSchema)),
});
export type UserRoleRelationProtocol = z.infer<typeof UserRoleRelationProtocolSchema>;

/** POST /users */
export const CreateUserRequestSchema = z.object({
  users: z.array(
    z.object({
      userId: z.string(),
      description: opt(z.string()),
      roleRelations: opt(z.array(UserRoleRelationProtocolSchema)),
    }),
  ),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

/** DELETE /users */
export const DeleteUsersRequestSchema = z.object({ userIds: z.array(z.string()) });
export type DeleteUsersRequest = z.infer<typeof DeleteUsersRequestSchema>;

/** Body of POST /users/search and POST /users/id. */
export const SearchUserRequestSchema = z.object({
  userIds: opt(z.array(z.string())),
  userIdPreLike: opt(z.string()),
  descriptionLike: opt(z.string()),
  roleIds: opt(z.array(z.string())),
  roleIdPreLike: opt(z.string()),
  scopeIds: opt(z.array(z.string())),
  scopeIdPreLike: opt(z.string()),
  searchRoleOptionCode: opt(SearchRoleOptionCodeSchema),
  needRoleRelations: opt(z.boolean()),
  needRoleTags: opt(z.boolean()),
  needRoleCount: opt(z.boolean()),
});
export type SearchUserRequest = z.infer<typeof SearchUserRequestSchema>;

export const UserRoleRelationBundleProtocolSchema = z.object({
  scopeId: z.string(),
  roleId: z.string(),
  roleApplyPolicyCode: RoleApplyPolicyCodeSchema,
  conditions: z.array(ConditionBundleProtocolSchema).nullish(),
  regYmdt: WireDateSchema.nullish(),
  roleName: z.string().nullish(),
  description: z.string().nullish(),
  roleGroup: z.string().nullish(),
  exposureOrder: z.number().int(),
  roleTags: z.array(RoleTagProtocolSchema).nullish(),
});
export type UserRoleRelationBundleProtocol = z.infer<typeof UserRoleRelationBundleProtocolSchema>;

export const UserRoleCountProtocolSchema = z.object({ scopeId: z.string(), roleCount: z.number().int() });

export const UserBundleProtocolSchema = z.object({
  userId: z.string(),
  description: z.string().nullish(),
  regYmdt: WireDateSchema.nullish(),
  roleRelations: z.array(UserRoleRelationBundleProtocolSchema).nullish(),
  roleCounts: z.array(UserRoleCountProtocolSchema).nullish(),
});
export type UserBundleProtocol = z.infer<typeof UserBundleProtocolSchema>;

export const SearchAllUserResponseSchema = withHeader({
  totalItems: z.number().int(),
  userIds: z.array(z.string()),
});
export const GetUserResponseSchema = withHeader({ user: UserBundleProtocolSchema });
export const SearchUserResponseSchema = withHeader({
  totalItems: z.number().int(),
  users: z.array(UserBundleProtocolSchema),
});

export const USER_HISTORY_TYPES = ['USER_ADD', 'USER_REMOVE', 'ADD', 'REMOVE'] as const;
export const UserHistoryTypeSchema = z.enum(USER_HISTORY_TYPES);
export type UserHistoryType = z.infer<typeof UserHistoryTypeSchema>;

export const UserHistoryProtocolSchema = z.object({
  userHistorySeq: z.number().int(),
  userId: z.string(),
  command: UserHistoryTypeSchema,
  executionTime: WireDateSchema,
  operatorUuid: z.string().nullish(),
  roleId: z.string().nullish(),
  scopeId: z.string().nullish(),
  roleApplyPolicyCode: RoleApplyPolicyCodeSchema.nullish(),
  conditions: z.array(ConditionBundleProtocolSchema).nullish(),
});
export type UserHistoryProtocol = z.infer<typeof UserHistoryProtocolSchema>;

export const GetUserHistoryResponseSchema = withHeader({
  totalItems: z.number().int(),
  userHistory: z.array(UserHistoryProtocolSchema),
});

/** PUT /users/{userId}: replaces the user's relations in every scope when roleRelations is present. */
export const PutUserRequestSchema = z.object({
  user: z.object({
    description: opt(z.string()),
    roleRelations: opt(z.array(UserRoleRelationProtocolSchema)),
  }),
  createUserIfNotExist: opt(z.boolean()),
});
export type PutUserRequest = z.infer<typeof PutUserRequestSchema>;

export const UserScopeRoleRelationProtocolSchema = z.object({
  roleId: z.string(),
  roleApplyPolicyCode: opt(RoleApplyPolicyCodeSchema),
  conditions: opt(z.array(ConditionProtocolSchema)),
});

/** PUT /users/{userId}/scopes/{scopeId}: replaces the user's relations in that scope only. */
export const PutUserScopeRequestSchema = z.object({
  user: z.object({
    description: opt(z.string()),
    roleRelations: opt(z.array(UserScopeRoleRelationProtocolSchema)),
  }),
  createUserIfNotExist: opt(z.boolean()),
});
export type PutUserScopeRequest = z.infer<typeof PutUserScopeRequestSchema>;
