import { z } from 'zod';
import { AssignRole, DateTime, envelope, PagingResponse, RoleBundle } from './common';

/** `ORG` is a project common role group, `PROJECT` a project's own, `ORG_ROLE_GROUP` an organization role group. */
export const RoleGroupType = z.enum(['ORG', 'ORG_ROLE_GROUP', 'PROJECT']);
export type RoleGroupType = z.infer<typeof RoleGroupType>;

/** #12 and #19 item (RoleGroupProtocol). */
export const RoleGroup = z.object({
  roleGroupId: z.string(),
  roleGroupName: z.string(),
  description: z.string().optional(),
  roleGroupType: RoleGroupType,
  regDateTime: DateTime,
});
export type RoleGroup = z.infer<typeof RoleGroup>;

/** #17 and #18 `roleGroup` (RoleGroupBundleProtocol). */
export const RoleGroupDetail = RoleGroup.extend({ roles: z.array(RoleBundle) });
export type RoleGroupDetail = z.infer<typeof RoleGroupDetail>;

export const ListRoleGroupsResponse = envelope({ paging: PagingResponse, roleGroups: z.array(RoleGroup) });
export type ListRoleGroupsResponse = z.infer<typeof ListRoleGroupsResponse>;

export const GetRoleGroupResponse = envelope({ roleGroup: RoleGroupDetail });
export type GetRoleGroupResponse = z.infer<typeof GetRoleGroupResponse>;

export const CreateRoleGroupRequest = z.object({
  roleGroupName: z.string().min(1),
  description: z.string().optional(),
  roles: z.array(AssignRole),
});
export type CreateRoleGroupRequest = z.infer<typeof CreateRoleGroupRequest>;

export const DeleteRoleGroupRequest = z.object({ roleGroupIds: z.array(z.string()).min(1) });
export type DeleteRoleGroupRequest = z.infer<typeof DeleteRoleGroupRequest>;

export const UpdateRoleGroupInfoRequest = z.object({
  roleGroupName: z.string().min(1),
  description: z.string().optional(),
});
export type UpdateRoleGroupInfoRequest = z.infer<typeof UpdateRoleGroupInfoRequest>;

export const UpdateRoleGroupRequest = z.object({ roles: z.array(AssignRole) });
export type UpdateRoleGroupRequest = z.infer<typeof UpdateRoleGroupRequest>;
