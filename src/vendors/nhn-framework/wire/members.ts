import { z } from 'zod';
import {
  DateTime,
  envelope,
  InviteStatusCode,
  MemberTypeCode,
  PagingBean,
  PagingResponse,
  RoleBundle,
  UserAssignRole,
} from './common';

/** #11 status vocabulary. */
export const OrgMemberStatusCode = z.enum(['STABLE', 'INVITED', 'BLOCKED', 'NOT_EXIST', 'WITHDRAW']);
export type OrgMemberStatusCode = z.infer<typeof OrgMemberStatusCode>;

/** #16 status vocabulary. */
export const ProjectMemberStatusCode = z.enum(['INVITED', 'STABLE']);

const YesNo = z.enum(['Y', 'N']);

/** #11 item (OrgMemberWithInviteMemberProtocol); `id` is the IAM login ID, as in the example. */
export const OrgMember = z.object({
  email: z.string(),
  id: z.string().optional(),
  inviteStatusCode: InviteStatusCode.optional(),
  joinYmdt: DateTime,
  maskingEmail: z.string(),
  memberName: z.string(),
  memberTypeCode: MemberTypeCode,
  memberUuid: z.string().optional(),
  recentLoginYmdt: DateTime.nullable(),
  recentPasswordModifyYmdt: DateTime.nullable().optional(),
  secondFactorCertificationYn: YesNo.optional(),
});
export type OrgMember = z.infer<typeof OrgMember>;

/** #10 `orgMember` (OrgMemberRoleBundleProtocol). */
export const OrgMemberDetail = OrgMember.omit({ maskingEmail: true }).extend({
  inviteStatusCode: InviteStatusCode,
  memberUuid: z.string(),
  roleCode: z.string().optional(),
  roleId: z.string().optional(),
  roles: z.array(RoleBundle).optional(),
});
export type OrgMemberDetail = z.infer<typeof OrgMemberDetail>;

export const GetOrgMemberResponse = envelope({ orgMember: OrgMemberDetail });
export type GetOrgMemberResponse = z.infer<typeof GetOrgMemberResponse>;

export const SearchOrgMembersRequest = z.object({
  memberStatusCodes: z.array(OrgMemberStatusCode).optional(),
  roleIds: z.array(z.string()).optional(),
  paging: PagingBean.optional(),
});
export type SearchOrgMembersRequest = z.infer<typeof SearchOrgMembersRequest>;

export const SearchOrgMembersResponse = envelope({ orgMembers: z.array(OrgMember), paging: PagingResponse });
export type SearchOrgMembersResponse = z.infer<typeof SearchOrgMembersResponse>;

/** #16 item (ProjectMemberProtocol). */
export const ProjectMember = z.object({
  uuid: z.string().optional(),
  emailAddress: z.string().optional(),
  maskingEmail: z.string().optional(),
  memberName: z.string().optional(),
  memberTypeCode: MemberTypeCode.optional(),
  relationDateTime: DateTime.optional(),
  statusCode: InviteStatusCode.optional(),
});
export type ProjectMember = z.infer<typeof ProjectMember>;

/** #15 `projectMember` (ProjectMemberRoleBundleProtocol). */
export const ProjectMemberDetail = ProjectMember.extend({ roles: z.array(RoleBundle).optional() });
export type ProjectMemberDetail = z.infer<typeof ProjectMemberDetail>;

export const GetProjectMemberResponse = envelope({ projectMember: ProjectMemberDetail });
export type GetProjectMemberResponse = z.infer<typeof GetProjectMemberResponse>;

export const SearchProjectMembersRequest = z.object({
  memberStatusCodes: z.array(ProjectMemberStatusCode).optional(),
  roleIds: z.array(z.string()).optional(),
  paging: PagingBean.optional(),
});
export type SearchProjectMembersRequest = z.infer<typeof SearchProjectMembersRequest>;

export const SearchProjectMembersResponse = envelope({
  projectMembers: z.array(ProjectMember),
  paging: PagingResponse,
});
export type SearchProjectMembersResponse = z.infer<typeof SearchProjectMembersResponse>;

/** #1 body (CreateMemberRequest): at least one of the three identifiers, checked uuid > email > userCode. */
export const CreateProjectMemberRequest = z.object({
  assignRoles: z.array(UserAssignRole),
  memberUuid: z.string().optional(),
  email: z.string().optional(),
  userCode: z.string().optional(),
});
export type CreateProjectMemberRequest = z.infer<typeof CreateProjectMemberRequest>;
