import { z } from 'zod';
import {
  IdentifierSchema,
  PasswordSchema,
  ProjectTokenSchema,
  SecurityPolicySchema,
  UserSchema,
} from './models';

/** Every result may carry it; the TypeScript SDK sends X-GS2-REQUEST-ID and finds it echoed here. */
export const ResultMetadataSchema = z.object({ requestId: z.string().nullish() }).loose();

const withMetadata = <S extends z.ZodRawShape>(shape: S) =>
  z.object({ ...shape, metadata: ResultMetadataSchema.nullish() });
const itemResult = <T extends z.ZodType>(item: T) => withMetadata({ item });
const itemsResult = <T extends z.ZodType>(item: T) => withMetadata({ items: z.array(item) });
/** The last page carries `nextPageToken: null`; SDK iterators stop on it. */
const pageResult = <T extends z.ZodType>(item: T) =>
  withMetadata({ items: z.array(item), nextPageToken: z.string().nullable() });

export const DescribeUsersResultSchema = pageResult(UserSchema);
export const UserResultSchema = itemResult(UserSchema);

export const DescribeIdentifiersResultSchema = pageResult(IdentifierSchema);
export const IdentifierResultSchema = itemResult(IdentifierSchema);
export const CreateIdentifierResultSchema = withMetadata({
  item: IdentifierSchema,
  clientSecret: z.string(),
});

export const GuardsResultSchema = itemsResult(z.string());

export const ServiceVersionResultSchema = itemResult(z.string());

export const PasswordResultSchema = itemResult(PasswordSchema);
export const EnableMfaResultSchema = withMetadata({ item: PasswordSchema, challengeToken: z.string() });

export const SecurityPoliciesResultSchema = itemsResult(SecurityPolicySchema);
export const DescribeSecurityPoliciesResultSchema = pageResult(SecurityPolicySchema);
export const SecurityPolicyResultSchema = itemResult(SecurityPolicySchema);

/** OAuth-style and flat: no `item` wrapper. `owner_id` is absent from the reference table but sent. */
export const LoginResultSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  owner_id: z.string().nullish(),
});
export const LoginByUserResultSchema = itemResult(ProjectTokenSchema);

export type DescribeUsersResult = z.infer<typeof DescribeUsersResultSchema>;
export type DescribeIdentifiersResult = z.infer<typeof DescribeIdentifiersResultSchema>;
export type CreateIdentifierResult = z.infer<typeof CreateIdentifierResultSchema>;
export type EnableMfaResult = z.infer<typeof EnableMfaResultSchema>;
export type DescribeSecurityPoliciesResult = z.infer<typeof DescribeSecurityPoliciesResultSchema>;
export type LoginResult = z.infer<typeof LoginResultSchema>;
export type LoginByUserResult = z.infer<typeof LoginByUserResultSchema>;
