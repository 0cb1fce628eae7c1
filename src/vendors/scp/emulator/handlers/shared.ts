import { createHash } from 'node:crypto';
import type { Collection } from '../../../../emulator-kit/doc-store';
import { isoSeconds } from '../config';
import { badRequest, notFound } from '../errors';
import type { Stamps } from '../records';
import type { Deps, ScpContext } from '../routing';
import { metaOf } from '../store';

/** Created and modified stamps of a new record, by the caller, now. */
export function newStamps(c: ScpContext, deps: Deps): Stamps {
  const at = isoSeconds(deps.config.now());
  const by = c.get('caller').user.id;
  return { created_at: at, created_by: by, modified_at: at, modified_by: by };
}

/** The record with its modified stamps moved to now and the caller. */
export function touched<T extends Stamps>(c: ScpContext, deps: Deps, rec: T): T {
  return { ...rec, modified_at: isoSeconds(deps.config.now()), modified_by: c.get('caller').user.id };
}

export function mustGet<T>(collection: Collection<T>, id: string, kind: string): T {
  const doc = collection.get(id);
  if (doc === undefined) throw notFound(kind, id);
  return doc;
}

/** Every id must exist (404 otherwise); duplicates collapse. */
export function mustAll<T>(collection: Collection<T>, ids: readonly string[], kind: string): T[] {
  return [...new Set(ids)].map((id) => mustGet(collection, id, kind));
}

/** Ids in a request body on routes that document no 404: an unknown one is a 400. */
export function mustAllOr400<T>(collection: Collection<T>, ids: readonly string[], kind: string): T[] {
  const missing = ids.filter((id) => !collection.has(id));
  if (missing.length) throw badRequest(`Unknown ${kind} id(s): ${missing.join(', ')}.`, 'UNKNOWN_REFERENCE');
  return [...new Set(ids)].map((id) => collection.get(id) as T);
}

/** The `{account_id}` of user paths must be this emulator's account. */
export function checkAccount(c: ScpContext, deps: Deps): void {
  const id = c.req.param('account_id') ?? '';
  if (id !== metaOf(deps.store).account_id) throw notFound('Account', id);
}

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function passwordHash(salt: string, password: string): string {
  return createHash('sha256').update(`${salt}:${password}`).digest('hex');
}

/** Required path parameter; Hono always supplies it for the route it matched. */
export function param(c: ScpContext, name: string): string {
  return c.req.param(name) ?? '';
}
