import { randomUUID } from 'node:crypto';
import type { UserEntry } from '../../wire';
import type { Ctx } from '../config';
import { fail } from '../errors';
import type { UserDoc } from '../model';
import type { Input } from '../params';
import { canonicalName, composedCn, LIGHTWEIGHT, NAME_PARTS, normaliseValues, READ_ONLY } from './attributes';
import { findByUid, hashPassword } from './lookup';

/** Attribute changes as (name, values) pairs, however the request spelled them. */
export type AttributeChanges = [string, string[]][];

export function changesFromForm(input: Input): AttributeChanges {
  return input
    .names()
    .filter((n) => !n.startsWith('gma_'))
    .map((n) => [n, input.all(n)]);
}

export function changesFromJson(
  attrs: Record<string, string | string[] | number | boolean>,
): AttributeChanges {
  return Object.entries(attrs).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(String)]);
}

/** One value is a string, several an array; the seed shows only the first case (CIP-UNDOC). */
export function userEntry(user: UserDoc, allAttributes: boolean): UserEntry {
  const full: UserEntry = {};
  for (const [k, values] of Object.entries(user.attrs)) {
    if (k === 'userPassword' || values.length === 0) continue;
    full[k] = values.length === 1 ? (values[0] ?? '') : values;
  }
  full.uid = user.uid;
  full.gtwayUUID = user.uuid;
  full.gma_isAccount = String(user.isAccount);
  if (allAttributes) return full;
  const light: UserEntry = {};
  for (const k of LIGHTWEIGHT) {
    const v = full[k];
    if (v !== undefined) light[k] = v;
  }
  return light;
}

export type NewUser = {
  uid: string;
  changes: AttributeChanges;
  isAccount: boolean;
  userStatus?: boolean;
  pwdStatus?: boolean;
  roles?: string[];
};

export function createUser(ctx: Ctx, spec: NewUser): UserDoc {
  const uid = spec.uid.trim();
  if (uid === '' || /[/\s]/.test(uid))
    throw fail.invalid('The username must be non-empty and contain no spaces or slashes', { uid: 'invalid' });
  if (findByUid(ctx, uid)) throw fail.accountCreate(uid);
  const attrs: Record<string, string[]> = {};
  let password: string | undefined;
  for (const [raw, values] of spec.changes) {
    const name = canonicalName(raw, attrs);
    if (name === 'uid') continue;
    if (name === 'gtwayUUID')
      throw fail.invalid('gtwayUUID is assigned by the directory', { gtwayUUID: 'read-only' });
    if (name === 'userPassword') {
      password = values.at(-1);
      continue;
    }
    const kept = normaliseValues(name, values);
    if (kept.length > 0) attrs[name] = kept;
  }
  // LDAP requires givenName, sn and cn; the API fills in what the caller left out.
  const fill = (name: string, value: () => string) => {
    if (!(name in attrs)) attrs[name] = [value()];
  };
  fill('givenName', () => uid);
  fill('sn', () => uid);
  fill('cn', () => composedCn(attrs));
  fill('gtwayUserType', () => 'usertype_default');
  fill('gtwayIsManager', () => 'FALSE');
  const now = ctx.now();
  const user: UserDoc = {
    uuid: randomUUID(),
    uid,
    attrs,
    isAccount: spec.isAccount,
    passwordHash: password ? hashPassword(password) : null,
    passwordLastChanged: password ? now : null,
    userStatus: spec.userStatus ?? true,
    pwdStatus: spec.pwdStatus ?? true,
    roles: spec.roles ?? [],
    kba: {},
    failedPasswordAttempts: 0,
  };
  ctx.store.users.put(user.uuid, user);
  return user;
}

/**
 * Applies attribute changes. `existingOnly` is the classic PUT's rule ("only user attributes that currently
 * exist in a user record can be updated or deleted"); identities/editUser may also add. An empty value
 * removes the attribute (CIP-UNDOC).
 */
export function applyChanges(user: UserDoc, changes: AttributeChanges, existingOnly: boolean): UserDoc {
  const attrs = structuredClone(user.attrs);
  const touched = new Set<string>();
  for (const [raw, values] of changes) {
    const name = canonicalName(raw, attrs);
    if (READ_ONLY.has(name))
      throw fail.invalid(`The attribute ${name} cannot be changed`, { [name]: 'read-only' });
    if (existingOnly && !(name in attrs)) {
      throw fail.invalid(`The attribute ${name} does not exist in the user record`, {
        [name]: 'not present on the record',
      });
    }
    const kept = normaliseValues(name, values);
    if (kept.length === 0) {
      if (name === 'sn' || name === 'cn')
        throw fail.invalid(`The attribute ${name} is required`, { [name]: 'required' });
      Reflect.deleteProperty(attrs, name);
    } else attrs[name] = kept;
    touched.add(name);
  }
  if (!touched.has('cn') && [...touched].some((n) => NAME_PARTS.has(n))) attrs.cn = [composedCn(attrs)];
  return { ...user, attrs };
}

/** Deleting a user also drops it from every group and service membership. */
export function deleteUser(ctx: Ctx, user: UserDoc): void {
  ctx.store.transaction(() => {
    for (const g of ctx.store.groups.list((g) => g.members.includes(user.uuid))) {
      ctx.store.groups.put(g.name.toLowerCase(), { ...g, members: g.members.filter((m) => m !== user.uuid) });
    }
    for (const s of ctx.store.services.list(
      (s) => s.members.includes(user.uuid) || s.manualMembers.includes(user.uuid),
    )) {
      ctx.store.services.put(s.name.toLowerCase(), {
        ...s,
        members: s.members.filter((m) => m !== user.uuid),
        manualMembers: s.manualMembers.filter((m) => m !== user.uuid),
      });
    }
    for (const t of ctx.store.verificationTokens.list((t) => t.gtwayUuid === user.uuid))
      ctx.store.verificationTokens.delete(t.value);
    ctx.store.users.delete(user.uuid);
  });
}
