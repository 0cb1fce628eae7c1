import { z } from 'zod';
import { GS2_LIMITS as L, GS2_NAME_PATTERN } from './limits';

/*
 * Request shapes as the SDK request classes define them: path parameters, query and body fields in one
 * object. Checks run in the vendor's order (required, length, pattern), so the first issue of a field is
 * the one to report. Client forms reuse these schemas to validate before sending.
 */

const required = (max: number) => z.string().min(1).max(max);

/**
 * `.` and `..` match the published pattern but URL normalisation removes them from any path, so such a
 * user or policy could never be addressed again; both are refused.
 */
const dotSegment = (v: string) => v !== '.' && v !== '..';

export const NameSchema = required(L.name).regex(GS2_NAME_PATTERN).refine(dotSegment);
/** `common` would be shadowed by GET /securityPolicy/common (the GS2-defined list), so it is reserved. */
export const SecurityPolicyNameSchema = NameSchema.refine((v) => v !== 'common');
export const DescriptionSchema = z.string().max(L.description).nullish();
export const GrnSchema = required(L.grn);
export const PolicyTextSchema = required(L.policy).refine(isJson);
export const PasscodeSchema = z.string().min(L.passcode).max(L.passcode).regex(/^\d+$/);

const paging = {
  pageToken: z.string().max(L.pageToken).nullish(),
  limit: z.number().int().min(L.pageLimitMin).max(L.pageLimitMax).nullish(),
};

export const DescribeUsersRequestSchema = z.object(paging);
export const CreateUserRequestSchema = z.object({ name: NameSchema, description: DescriptionSchema });
export const UpdateUserRequestSchema = z.object({ userName: NameSchema, description: DescriptionSchema });
/** getUser, deleteUser, createIdentifier, getPassword, enableMfa, disableMfa, deletePassword, getHasSecurityPolicy. */
export const UserNameRequestSchema = z.object({ userName: NameSchema });

export const DescribeIdentifiersRequestSchema = z.object({ userName: NameSchema, ...paging });
export const IdentifierRequestSchema = z.object({ userName: NameSchema, clientId: required(L.clientId) });
export const GuardRequestSchema = z.object({
  userName: NameSchema,
  clientId: required(L.clientId),
  guardNamespaceId: GrnSchema,
});

export const CreatePasswordRequestSchema = z.object({ userName: NameSchema, password: required(L.password) });
export const ChallengeMfaRequestSchema = z.object({ userName: NameSchema, passcode: PasscodeSchema });

export const SecurityPolicyAttachmentRequestSchema = z.object({
  userName: NameSchema,
  securityPolicyId: GrnSchema,
});

export const DescribeSecurityPoliciesRequestSchema = z.object(paging);
export const CreateSecurityPolicyRequestSchema = z.object({
  name: SecurityPolicyNameSchema,
  description: DescriptionSchema,
  policy: PolicyTextSchema,
});
export const UpdateSecurityPolicyRequestSchema = z.object({
  securityPolicyName: SecurityPolicyNameSchema,
  description: DescriptionSchema,
  policy: PolicyTextSchema,
});
export const SecurityPolicyNameRequestSchema = z.object({ securityPolicyName: SecurityPolicyNameSchema });

/** snake_case on the wire, as OAuth client credentials. */
export const LoginRequestSchema = z.object({
  client_id: required(L.clientId),
  client_secret: required(L.clientSecret),
});
export const LoginByUserRequestSchema = z.object({
  userName: NameSchema,
  password: required(L.password),
  otp: PasscodeSchema.nullish(),
});

export const EmptyRequestSchema = z.object({});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;
export type CreateSecurityPolicyRequest = z.infer<typeof CreateSecurityPolicyRequestSchema>;
export type UpdateSecurityPolicyRequest = z.infer<typeof UpdateSecurityPolicyRequestSchema>;
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
export type LoginByUserRequest = z.infer<typeof LoginByUserRequestSchema>;
