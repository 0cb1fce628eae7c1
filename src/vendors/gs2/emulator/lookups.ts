import type { EmulatorContext } from './context';
import { notFound } from './errors';
import type { CredentialRecord, PasswordRecord, UserRecord } from './store';

export function requireUser(ctx: EmulatorContext, userName: string): UserRecord {
  const user = ctx.store.users.get(userName);
  if (!user) throw notFound('user');
  return user;
}

/** A credential addressed under another user is as absent as a missing one. */
export function requireCredential(
  ctx: EmulatorContext,
  userName: string,
  clientId: string,
): CredentialRecord {
  requireUser(ctx, userName);
  const credential = ctx.store.credentials.get(clientId);
  if (credential?.userName !== userName) throw notFound('identifier');
  return credential;
}

export function requirePassword(ctx: EmulatorContext, userName: string): PasswordRecord {
  requireUser(ctx, userName);
  const password = ctx.store.passwords.get(userName);
  if (!password) throw notFound('password');
  return password;
}

export const ownerId = (ctx: EmulatorContext) => ctx.meta().ownerId;
