import type { Identifier, Password, SecurityPolicy, User } from '../wire';
import { userGrn } from './grn';
import type { CredentialRecord, PasswordRecord, PolicyRecord, UserRecord } from './store';

/*
 * Stored records to wire models. Nothing secret is copied: no secret hash, password hash or TOTP secret.
 * The result schemas then check every response before it leaves.
 */

export const presentUser = (ownerId: string, u: UserRecord): User => ({
  userId: userGrn(ownerId, u.name),
  name: u.name,
  ...(u.description !== undefined ? { description: u.description } : {}),
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
  revision: u.revision,
});

export const presentIdentifier = (c: CredentialRecord): Identifier => ({
  clientId: c.clientId,
  userName: c.userName,
  createdAt: c.createdAt,
  revision: c.revision,
});

/** The password GRN equals the user GRN, as the official SDK's Password model defines it. */
export const presentPassword = (ownerId: string, p: PasswordRecord): Password => ({
  passwordId: userGrn(ownerId, p.userName),
  userId: userGrn(ownerId, p.userName),
  userName: p.userName,
  enableTwoFactorAuthentication: p.mfa,
  // Only present while RFC6238 is chosen, as the reference's condition column says.
  ...(p.mfa === 'RFC6238' ? { twoFactorAuthenticationSetting: { status: p.mfaStatus ?? 'Verifying' } } : {}),
  createdAt: p.createdAt,
  revision: p.revision,
});

export const presentPolicy = (grn: string, p: PolicyRecord): SecurityPolicy => ({
  securityPolicyId: grn,
  name: p.name,
  ...(p.description !== undefined ? { description: p.description } : {}),
  policy: p.policy,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});
