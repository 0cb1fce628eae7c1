import { scryptSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Ctx } from '../config';
import { fail } from '../errors';
import type { UserDoc } from '../model';

export function findByUid(ctx: Ctx, uid: string): UserDoc | undefined {
  const wanted = uid.toLowerCase();
  return ctx.store.users.list((u) => u.uid.toLowerCase() === wanted)[0];
}

export function userByUid(ctx: Ctx, uid: string): UserDoc {
  const user = findByUid(ctx, uid);
  if (!user) throw fail.userNotFound();
  return user;
}

export function userByUuid(ctx: Ctx, uuid: string): UserDoc {
  const user = ctx.store.users.get(uuid.toLowerCase());
  if (!user) throw fail.userNotFound();
  return user;
}

/** Every gtwayUUID must name a user; checked before any change so a batch is all or nothing. */
export function requireUsers(ctx: Ctx, uuids: string[]): string[] {
  return uuids.map((u) => userByUuid(ctx, u.trim()).uuid);
}

// A low scrypt cost: these are emulator passwords, and seeding hashes a few dozen of them at start-up.
const COST = { N: 1024, r: 8, p: 1 };

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${scryptSync(password, salt, 32, COST).toString('base64')}`;
}

export function passwordMatches(hash: string | null, password: string): boolean {
  const [, salt, digest] = (hash ?? '').split('$');
  if (!salt || !digest) return false;
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), 32, COST);
  const expected = Buffer.from(digest, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
