import { z } from 'zod';
import { DateTime, envelope, PagingResponse, RoleBundle, UserAssignRole, withAliases } from './common';

export const IamMemberStatus = z.enum(['member', 'leaved']);
export type IamMemberStatus = z.infer<typeof IamMemberStatus>;
export const IdProviderType = z.enum(['service', 'sso']);
export type IdProviderType = z.infer<typeof IdProviderType>;

export const IamMemberRole = z.object({
  productId: z.string().optional(),
  productName: z.string().optional(),
  role: z.string().optional(),
});

/** Fields a client may write when adding or modifying an IAM member. */
export const IamMemberWritable = z.object({
  userCode: z.string(),
  name: z.string(),
  emailAddress: z.string(),
  status: IamMemberStatus,
  mobilePhone: z.string().optional(),
  mobilePhoneCountryCode: z.string().optional(),
  telephone: z.string().optional(),
  position: z.string().optional(),
  department: z.string().optional(),
  corporate: z.string().optional(),
  profileImageUrl: z.string().optional(),
  englishName: z.string().optional(),
  nativeName: z.string().optional(),
  nickname: z.string().optional(),
  officeHoursBegin: z.string().optional(),
  officeHoursEnd: z.string().optional(),
  creationType: z.string().optional(),
  idProviderType: IdProviderType.optional(),
  idProviderId: z.string().optional(),
  idProviderUserId: z.string().optional(),
});
export type IamMemberWritable = z.infer<typeof IamMemberWritable>;

/** #33 item and the `member` of #34/#36 (IamOrgMemberProtocol); `id` is the IAM member's UUID. */
export const IamOrgMember = IamMemberWritable.extend({
  id: z.string(),
  maskingEmail: z.string().optional(),
  createdAt: DateTime.optional(),
  lastAccessedAt: DateTime.nullable().optional(),
  lastLoggedInAt: DateTime.nullable().optional(),
  lastLoggedInIp: z.string().nullable().optional(),
  passwordChangedAt: DateTime.nullable().optional(),
  organizationId: z.string(),
  /** Nationality of the organization owner. */
  country: z.string().optional(),
  saasRoles: z.array(IamMemberRole).optional(),
});
export type IamOrgMember = z.infer<typeof IamOrgMember>;

/** #32 `orgMember` (OrgIamMemberRoleBundleProtocol). */
export const IamOrgMemberDetail = IamOrgMember.extend({ roles: z.array(RoleBundle).optional() });
export type IamOrgMemberDetail = z.infer<typeof IamOrgMemberDetail>;

export const GetIamOrgMemberResponse = envelope({ orgMember: IamOrgMemberDetail });
export type GetIamOrgMemberResponse = z.infer<typeof GetIamOrgMemberResponse>;

export const ListIamOrgMembersResponse = envelope({
  orgMembers: z.array(IamOrgMember),
  paging: PagingResponse,
});
export type ListIamOrgMembersResponse = z.infer<typeof ListIamOrgMembersResponse>;

/**
 * #34 and #36 body. The vendor types `member` as the whole IamOrgMemberProtocol, so read-only fields are
 * accepted and ignored; only the writable ones are validated here.
 */
export const AddIamOrgMemberRequest = z.object({ member: IamMemberWritable });
export type AddIamOrgMemberRequest = z.infer<typeof AddIamOrgMemberRequest>;

export const UpdateIamOrgMemberRequest = AddIamOrgMemberRequest;
export type UpdateIamOrgMemberRequest = AddIamOrgMemberRequest;

export const AddIamOrgMemberResponse = envelope({ uuid: z.string() });
export type AddIamOrgMemberResponse = z.infer<typeof AddIamOrgMemberResponse>;

/** #35 body. */
export const SendPasswordSetupMailRequest = z.object({
  locale: z.string().min(1),
  returnUrl: z.string().min(1),
});
export type SendPasswordSetupMailRequest = z.infer<typeof SendPasswordSetupMailRequest>;

/** #37 body. */
export const SetIamPasswordRequest = z.object({ password: z.string().min(1) });
export type SetIamPasswordRequest = z.infer<typeof SetIamPasswordRequest>;

/** #55 body. */
export const AddIamProjectMemberRequest = z.object({
  memberUuid: z.string().min(1),
  assignRoles: z.array(UserAssignRole),
});
export type AddIamProjectMemberRequest = z.infer<typeof AddIamProjectMemberRequest>;

/** #56 body. */
export const DeleteIamProjectMembersRequest = z.object({ memberUuids: z.array(z.string()).min(1) });
export type DeleteIamProjectMembersRequest = z.infer<typeof DeleteIamProjectMembersRequest>;

/** #58 item: the example names the display name `memberName`. `id` is the IAM login ID. */
export const IamProjectMember = z.object({
  uuid: z.string(),
  id: z.string(),
  memberName: z.string().optional(),
  emailAddress: z.string().optional(),
  maskingEmail: z.string().optional(),
  mobilePhone: z.string().optional(),
  relationDateTime: DateTime.optional(),
  joinYmdt: DateTime.optional(),
  recentLoginYmdt: DateTime.nullable().optional(),
  recentPasswordModifyYmdt: DateTime.nullable().optional(),
});
export type IamProjectMember = z.infer<typeof IamProjectMember>;

/** #57 `projectMember`: the example names the display name `name`. */
export const IamProjectMemberDetail = IamProjectMember.omit({ memberName: true }).extend({
  name: z.string().optional(),
  roles: z.array(RoleBundle).optional(),
});
export type IamProjectMemberDetail = z.infer<typeof IamProjectMemberDetail>;

export const GetIamProjectMemberResponse = envelope({
  projectMember: withAliases(IamProjectMemberDetail, { memberName: 'name' }),
});
export type GetIamProjectMemberResponse = z.infer<typeof GetIamProjectMemberResponse>;

export const ListIamProjectMembersResponse = envelope({
  paging: PagingResponse,
  projectMembers: z.array(withAliases(IamProjectMember, { name: 'memberName' })),
});
export type ListIamProjectMembersResponse = z.infer<typeof ListIamProjectMembersResponse>;
