import { z } from 'zod';

/** `POST /oauth2/token/create` success body. */
export const TokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  // Documented as String, sent as a number in the example: clients should accept both.
  expires_in: z.union([z.number().int(), z.string()]),
});
export type TokenResponse = z.infer<typeof TokenResponse>;

export const OAuthErrorCode = z.enum([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
]);
export type OAuthErrorCode = z.infer<typeof OAuthErrorCode>;

/** RFC 6749 §5.2 error body of the token service. */
export const OAuthError = z.object({ error: OAuthErrorCode, error_description: z.string().optional() });
export type OAuthError = z.infer<typeof OAuthError>;
