import { z } from 'zod';
import { DateTime, envelope, PagingResponse, withAliases } from './common';

export const AuthStatus = z.enum(['STABLE', 'STOP', 'BLOCKED']);
export type AuthStatus = z.infer<typeof AuthStatus>;

/** #45 item (ProjectAppKeyResponse). The alias given at creation is not returned. */
export const ProjectAppKey = z.object({
  authId: z.string(),
  appKey: z.string(),
  authStatus: AuthStatus,
  projectId: z.string(),
  regDatetime: DateTime,
  modDatetime: DateTime.nullable().optional(),
  reIssueDatetime: DateTime.nullable().optional(),
  lastUsedDatetime: DateTime.nullable().optional(),
});
export type ProjectAppKey = z.infer<typeof ProjectAppKey>;
export const ListProjectAppKeysResponse = envelope({ authenticationList: z.array(ProjectAppKey) });
export type ListProjectAppKeysResponse = z.infer<typeof ListProjectAppKeysResponse>;

/** #47 body. */
export const AddProjectAppKeyRequest = z.object({ appkeyAlias: z.string().min(1).max(100) });
export type AddProjectAppKeyRequest = z.infer<typeof AddProjectAppKeyRequest>;
export const AddProjectAppKeyResponse = envelope({
  authentication: z.object({ authId: z.string(), appKey: z.string() }),
});
export type AddProjectAppKeyResponse = z.infer<typeof AddProjectAppKeyResponse>;

/** #46 item (UserAccessKeyResponse): the secret is masked. */
export const UserAccessKey = z.object({
  authId: z.string(),
  userAccessKeyID: z.string(),
  secretAccessKey: z.string(),
  authStatus: AuthStatus,
  uuid: z.string(),
  tokenExpiryPeriod: z.number().int(),
  regDatetime: DateTime,
  modDatetime: DateTime.nullable().optional(),
  reIssueDatetime: DateTime.nullable().optional(),
  lastUsedDatetime: DateTime.nullable().optional(),
  lastTokenUsedDatetime: DateTime.nullable().optional(),
  validTokenCount: z.number().int(),
});
export type UserAccessKey = z.infer<typeof UserAccessKey>;
export const ListUserAccessKeysResponse = envelope({ authentications: z.array(UserAccessKey) });
export type ListUserAccessKeysResponse = z.infer<typeof ListUserAccessKeysResponse>;

export const MIN_TOKEN_EXPIRY_SECONDS = 60;
export const MAX_TOKEN_EXPIRY_SECONDS = 86_400;

/** #48 body. */
export const CreateUserAccessKeyRequest = z.object({
  tokenExpiryPeriod: z.number().int().min(MIN_TOKEN_EXPIRY_SECONDS).max(MAX_TOKEN_EXPIRY_SECONDS).optional(),
});
export type CreateUserAccessKeyRequest = z.infer<typeof CreateUserAccessKeyRequest>;

/** #48 response: the only time the plain secret is returned, with #50. */
export const CreateUserAccessKeyResponse = envelope({
  authentication: z.object({
    authId: z.string(),
    userAccessKeyID: z.string(),
    secretAccessKey: z.string(),
    tokenExpiryPeriod: z.number().int(),
  }),
});
export type CreateUserAccessKeyResponse = z.infer<typeof CreateUserAccessKeyResponse>;

/** #50 body and response. */
export const ReissueSecretRequest = z.object({ needExpireTokens: z.boolean().optional() });
export type ReissueSecretRequest = z.infer<typeof ReissueSecretRequest>;
export const ReissueSecretResponse = envelope({ authentication: z.object({ secretAccessKey: z.string() }) });
export type ReissueSecretResponse = z.infer<typeof ReissueSecretResponse>;

/** #51 body: `BLOCKED` is set by the vendor only. */
export const UpdateUserAccessKeyStatusRequest = z.object({ status: z.enum(['STOP', 'STABLE']) });
export type UpdateUserAccessKeyStatusRequest = z.infer<typeof UpdateUserAccessKeyStatusRequest>;

export const TokenStatus = z.enum(['ACTIVE', 'EXPIRED']);
export type TokenStatus = z.infer<typeof TokenStatus>;

/** #53 item: the token is masked. */
export const IssuedToken = z.object({
  tokenId: z.number().int(),
  accessToken: z.string(),
  status: TokenStatus,
  regDatetime: DateTime,
  expireDatetime: DateTime,
  lastAccessDatetime: DateTime.nullable(),
});
export type IssuedToken = z.infer<typeof IssuedToken>;

/** #53 response: the example's `tokens` + `totalItems`, plus the table's `paging` (which a server may omit). */
export const ListTokensResponse = envelope({
  tokens: z.array(IssuedToken),
  totalItems: z.number().int(),
  paging: PagingResponse.optional(),
});
export type ListTokensResponse = z.infer<typeof ListTokensResponse>;

/** #54 body: both lists empty expires every token of the key. */
export const ExpireTokensRequest = z.object({
  tokenIds: z.array(z.number().int()).optional(),
  tokens: z.array(z.string()).optional(),
});
export type ExpireTokensRequest = z.infer<typeof ExpireTokensRequest>;

/** #60 item (UserAccessKeyResponseV7): masked IDs, blank secret, `authStatus` as the example spells it. */
export const OrgCredential = z.object({
  authId: z.string(),
  uuid: z.string(),
  userAccessKeyID: z.string(),
  secretAccessKey: z.string(),
  authStatus: AuthStatus,
  tokenExpiryPeriod: z.number().int(),
  regDatetime: DateTime,
  modDatetime: DateTime.nullable().optional(),
  lastUsedDatetime: DateTime.nullable().optional(),
  reIssueDatetime: DateTime.nullable().optional(),
  lastTokenUsedDatetime: DateTime.nullable().optional(),
  validTokenCount: z.number().int().nullable().optional(),
});
export type OrgCredential = z.infer<typeof OrgCredential>;
export const ListOrgCredentialsResponse = envelope({
  paging: PagingResponse,
  authenticationList: z.array(withAliases(OrgCredential, { authStatusCode: 'authStatus' })),
});
export type ListOrgCredentialsResponse = z.infer<typeof ListOrgCredentialsResponse>;
