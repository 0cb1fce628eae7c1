import { z } from 'zod';
import { classicEntry, classicListCamel } from './common';

export const TOKEN_TYPES = [
  'passwordResetToken',
  'accountClaimingToken',
  'sessionVerificationToken',
  'federationContextToken',
  'oneTimePasscodeToken',
  'passwordResetLockoutToken',
  'CSRFToken',
] as const;
export const TokenTypeSchema = z.enum(TOKEN_TYPES);
export type TokenType = z.infer<typeof TokenTypeSchema>;

/** V1. */
export const TokenTypesResponseSchema = classicListCamel(TokenTypeSchema);
export type TokenTypesResponse = z.infer<typeof TokenTypesResponseSchema>;

/** V2 sends `expiry` as a string, V5 as a number; `extensionData` is a JSON string or the string "null". */
const tokenEntry = <E extends z.ZodType>(expiry: E) =>
  z.object({
    type: TokenTypeSchema,
    value: z.string(),
    gtwayUuid: z.string(),
    expiry,
    extensionData: z.string(),
  });

export const TokenDetailsResponseSchema = classicEntry(tokenEntry(z.string()));
export type TokenDetailsResponse = z.infer<typeof TokenDetailsResponseSchema>;

export const TokenCreatedResponseSchema = classicEntry(tokenEntry(z.number().int()));
export type TokenCreatedResponse = z.infer<typeof TokenCreatedResponseSchema>;

/** V3: strings like the example (`{"expiry":"60"}`); `tokenLength` only for one-time passcodes. */
export const TokenConfigResponseSchema = classicEntry(
  z.object({ expiry: z.string(), tokenLength: z.string().optional(), extensionData: z.string().optional() }),
);
export type TokenConfigResponse = z.infer<typeof TokenConfigResponseSchema>;
