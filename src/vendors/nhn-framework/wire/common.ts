import { z } from 'zod';

/**
 * Shared wire models of the NHN Cloud Framework API: the response envelope, paging and the role
 * protocols every resource reuses. Dates are ISO-8601 strings as the vendor sends them.
 */

export const ResultHeader = z.object({
  isSuccessful: z.boolean(),
  resultCode: z.number().int(),
  resultMessage: z.string(),
});
export type ResultHeader = z.infer<typeof ResultHeader>;

/** A response body: the vendor's `header` plus the operation's own fields. */
export function envelope<S extends z.ZodRawShape>(shape: S) {
  return z.object({ header: ResultHeader, ...shape });
}

/** The body of every operation documented as "Response: header". */
export const HeaderOnlyResponse = envelope({});
export type HeaderOnlyResponse = z.infer<typeof HeaderOnlyResponse>;

export const DateTime = z.string();

/**
 * Accepts a field under the other spelling the seed documents (its table and its example disagree) and
 * yields the example's spelling, which the emulator sends. Clients parsing a real server stay tolerant.
 */
export function withAliases<S extends z.ZodType>(schema: S, aliases: Record<string, string>) {
  return z.preprocess((raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    const fields = raw as Record<string, unknown>;
    // A field takes its alias's value only when the preferred spelling is absent.
    return Object.fromEntries(
      Object.entries(fields).map(([key, value]) => {
        const to = aliases[key];
        return to !== undefined && fields[to] === undefined ? [to, value] : [key, value];
      }),
    );
  }, schema);
}

/** Paging inside POST search bodies. */
export const PagingBean = z.object({
  limit: z.number().int().min(1).optional(),
  page: z.number().int().min(1).optional(),
});
export type PagingBean = z.infer<typeof PagingBean>;

export const PagingResponse = z.object({
  limit: z.number().int(),
  page: z.number().int(),
  totalCount: z.number().int(),
});
export type PagingResponse = z.infer<typeof PagingResponse>;

export const ATTRIBUTE_OPERATORS = [
  'ALLOW',
  'ALL_CONTAINS',
  'ANY_CONTAINS',
  'ANY_MATCH',
  'BETWEEN',
  'BEYOND',
  'FALSE',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL_TO',
  'NONE_MATCH',
  'NOT_ALLOW',
  'NOT_CONTAINS',
  'TRUE',
] as const;
export const AttributeOperatorTypeCode = z.enum(ATTRIBUTE_OPERATORS);

export const AttributeDataTypeCode = z.enum([
  'BOOLEAN',
  'DATETIME',
  'DAY_OF_WEEK',
  'IPADDRESS',
  'NUMERIC',
  'STRING',
  'TIME',
]);

/** A condition as sent when assigning a role. */
export const AssignAttributeCondition = z.object({
  attributeId: z.string(),
  attributeOperatorTypeCode: AttributeOperatorTypeCode,
  attributeValues: z.array(z.string()),
});
export type AssignAttributeCondition = z.infer<typeof AssignAttributeCondition>;

/** A condition as read back: the assignment enriched from the attribute catalogue. */
export const AttributeCondition = AssignAttributeCondition.extend({
  attributeDataTypeCode: AttributeDataTypeCode,
  attributeDescription: z.string().optional(),
  attributeName: z.string(),
});
export type AttributeCondition = z.infer<typeof AttributeCondition>;

/** A role assigned to a member (UserAssignRoleProtocol). */
export const UserAssignRole = z.object({
  roleId: z.string(),
  conditions: z.array(AssignAttributeCondition).optional(),
});
export type UserAssignRole = z.infer<typeof UserAssignRole>;

export const RoleApplyPolicyCode = z.enum(['ALLOW', 'DENY']);
export type RoleApplyPolicyCode = z.infer<typeof RoleApplyPolicyCode>;

/** A role placed in a role group (AssignRoleProtocol). */
export const AssignRole = z.object({
  roleId: z.string(),
  roleApplyPolicyCode: RoleApplyPolicyCode,
  conditions: z.array(AssignAttributeCondition).optional(),
});
export type AssignRole = z.infer<typeof AssignRole>;

export const CategoryKey = z.enum([
  'RoleGroup',
  'OrgRoleGroup',
  'OrgRole',
  'ProjectRole',
  'BillingRole',
  'OrgServiceRole',
  'ProjectServiceRole',
  'SystemRole',
]);
export type CategoryKey = z.infer<typeof CategoryKey>;
export const CategoryTypeCode = z.enum(['ORG_ROLE_GROUP', 'PERMISSION', 'ROLE', 'ROLE_GROUP', 'SYSTEM']);
export type CategoryTypeCode = z.infer<typeof CategoryTypeCode>;
export const RoleCategory = z.enum([
  'ORG_ROLE',
  'ORG_ROLE_GROUP',
  'ORG_SERVICE_ROLE',
  'PROJECT_ROLE',
  'PROJECT_ROLE_GROUP',
  'PROJECT_SERVICE_ROLE',
  'SYSTEM_ROLE',
]);
export type RoleCategory = z.infer<typeof RoleCategory>;

/** A role of the catalogue (RoleProtocol). */
export const Role = z.object({
  roleId: z.string(),
  roleName: z.string(),
  description: z.string(),
  categoryKey: CategoryKey,
  categoryTypeCode: CategoryTypeCode,
  roleCategory: RoleCategory,
});
export type Role = z.infer<typeof Role>;

/** An assigned role as returned for members and role groups (RoleBundleProtocol). */
export const RoleBundle = z.object({
  roleId: z.string(),
  roleName: z.string(),
  description: z.string().optional(),
  categoryKey: CategoryKey,
  categoryTypeCode: CategoryTypeCode,
  conditions: z.array(AttributeCondition).optional(),
  roleApplyPolicyCode: RoleApplyPolicyCode,
  regDateTime: DateTime,
});
export type RoleBundle = z.infer<typeof RoleBundle>;

/** Replaces a member's whole role set (UpdateMemberRoleRequest). */
export const UpdateMemberRoleRequest = z.object({ assignRoles: z.array(UserAssignRole) });
export type UpdateMemberRoleRequest = z.infer<typeof UpdateMemberRoleRequest>;

/** Invitation state of a membership. */
export const InviteStatusCode = z.enum(['COMPLETE', 'EXPIRE', 'UNKNOWN', 'WAIT']);
export type InviteStatusCode = z.infer<typeof InviteStatusCode>;

export const MemberTypeCode = z.enum(['TOAST_CLOUD', 'IAM']);
export type MemberTypeCode = z.infer<typeof MemberTypeCode>;
