import { z } from 'zod';
import { GS2_LIMITS as L } from './limits';

/*
 * The vendor's models as they travel on the wire. Optional fields are nullish because GS2 SDKs send and
 * accept explicit nulls; timestamps are Unix milliseconds.
 */

const timestamp = z.number().int().nonnegative();
const revision = z.number().int().nonnegative();

export const UserSchema = z.object({
  userId: z.string().max(L.grn),
  name: z.string().max(L.name),
  description: z.string().max(L.description).nullish(),
  createdAt: timestamp,
  updatedAt: timestamp,
  revision: revision.nullish(),
});
export type User = z.infer<typeof UserSchema>;

/** A credential. `clientSecret` is present only in createIdentifier's top-level result, never here. */
export const IdentifierSchema = z.object({
  clientId: z.string().max(L.clientId),
  userName: z.string().max(L.name),
  createdAt: timestamp,
  revision: revision.nullish(),
});
export type Identifier = z.infer<typeof IdentifierSchema>;

export const TWO_FACTOR_MODES = ['RFC6238', 'Disable'] as const;
export const TWO_FACTOR_STATUSES = ['Verifying', 'Enable'] as const;

export const TwoFactorAuthenticationSettingSchema = z.object({
  status: z.enum(TWO_FACTOR_STATUSES).nullish(),
});
export type TwoFactorAuthenticationSetting = z.infer<typeof TwoFactorAuthenticationSettingSchema>;

/** Console password metadata; the password itself and the TOTP secret never leave the server. */
export const PasswordSchema = z.object({
  passwordId: z.string().max(L.grn),
  userId: z.string().max(L.grn),
  userName: z.string().max(L.name),
  enableTwoFactorAuthentication: z.enum(TWO_FACTOR_MODES).nullish(),
  twoFactorAuthenticationSetting: TwoFactorAuthenticationSettingSchema.nullish(),
  createdAt: timestamp,
  revision: revision.nullish(),
});
export type Password = z.infer<typeof PasswordSchema>;

/** No revision field: the vendor's SecurityPolicy model has none. */
export const SecurityPolicySchema = z.object({
  securityPolicyId: z.string().max(L.grn),
  name: z.string().max(L.name),
  description: z.string().max(L.description).nullish(),
  policy: z.string().max(L.policy),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type SecurityPolicy = z.infer<typeof SecurityPolicySchema>;

export const ProjectTokenSchema = z.object({
  token: z.string().max(L.projectToken),
});
export type ProjectToken = z.infer<typeof ProjectTokenSchema>;
