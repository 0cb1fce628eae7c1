import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../connections/secret-box';
import { randomToken, sha256Hex } from '../auth/tokens';
import type { StoreSchema } from '../store/schema';

type Db = Kysely<StoreSchema>;

/** What a link opens. One purpose per link, checked on every request made through it. */
export type SelfServicePurpose = 'gs2-mfa';

/** A link lives a day: long enough to reach its user by chat or mail, short enough to go stale quickly. */
export const LINK_LIFETIME_MS = 24 * 60 * 60_000;
/** A self-service session is one short errand; it never outlives its link. */
export const SESSION_LIFETIME_MS = 15 * 60_000;

export type SelfServiceLink = {
  id: string;
  connectionId: string;
  purpose: SelfServicePurpose;
  subject: string;
  expiresAt: string;
};

export type LinkLookup = { kind: 'none' } | { kind: 'expired' } | { kind: 'ok'; link: SelfServiceLink };

export type SelfServiceSession = {
  id: string;
  link: SelfServiceLink;
  vendorToken: string;
  expiresAt: string;
};

/** Link tokens and sessions: only SHA-256 hashes of bearer values are stored, the vendor token is sealed. */
export function createSelfServiceStore(db: Db, box: SecretBox, now: () => number = Date.now) {
  const toLink = (row: StoreSchema['self_service_links']): SelfServiceLink => ({
    id: row.id,
    connectionId: row.connection_id,
    purpose: row.purpose as SelfServicePurpose,
    subject: row.subject,
    expiresAt: row.expires_at,
  });

  async function findLink(token: string, purpose: SelfServicePurpose): Promise<LinkLookup> {
    // Anything that is not one of our 43-character tokens is not worth a lookup.
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { kind: 'none' };
    const row = await db
      .selectFrom('self_service_links')
      .selectAll()
      .where('token_hash', '=', sha256Hex(token))
      .executeTakeFirst();
    if (row?.purpose !== purpose) return { kind: 'none' };
    if (Date.parse(row.expires_at) <= now()) return { kind: 'expired' };
    return { kind: 'ok', link: toLink(row) };
  }

  return {
    findLink,

    async createLink(input: {
      connectionId: string;
      purpose: SelfServicePurpose;
      subject: string;
      createdBy: string;
    }): Promise<{ token: string; link: SelfServiceLink }> {
      const token = randomToken();
      const id = randomUUID();
      const at = now();
      const expiresAt = new Date(at + LINK_LIFETIME_MS).toISOString();
      await db
        .insertInto('self_service_links')
        .values({
          token_hash: sha256Hex(token),
          id,
          connection_id: input.connectionId,
          purpose: input.purpose,
          subject: input.subject,
          created_by: input.createdBy,
          created_at: new Date(at).toISOString(),
          expires_at: expiresAt,
        })
        .execute();
      return { token, link: { id, ...input, expiresAt } };
    },

    async createSession(
      link: SelfServiceLink,
      vendorToken: string,
    ): Promise<{ token: string; expiresAt: string }> {
      const token = randomToken();
      const id = randomUUID();
      const at = now();
      const expiresAt = new Date(
        Math.min(at + SESSION_LIFETIME_MS, Date.parse(link.expiresAt)),
      ).toISOString();
      await db
        .insertInto('self_service_sessions')
        .values({
          token_hash: sha256Hex(token),
          id,
          link_id: link.id,
          sealed_token: box.seal({ token: vendorToken }, id),
          created_at: new Date(at).toISOString(),
          expires_at: expiresAt,
        })
        .execute();
      return { token, expiresAt };
    },

    /** The session behind a cookie, with its link; expired sessions and sessions of expired links are deleted. */
    async findSession(token: string): Promise<SelfServiceSession | undefined> {
      const hash = sha256Hex(token);
      const row = await db
        .selectFrom('self_service_sessions')
        .innerJoin('self_service_links', 'self_service_links.id', 'self_service_sessions.link_id')
        .select([
          'self_service_sessions.id as sessionId',
          'self_service_sessions.sealed_token as sealed',
          'self_service_sessions.expires_at as sessionExpiresAt',
          'self_service_links.id as id',
          'self_service_links.token_hash as token_hash',
          'self_service_links.connection_id as connection_id',
          'self_service_links.purpose as purpose',
          'self_service_links.subject as subject',
          'self_service_links.created_by as created_by',
          'self_service_links.created_at as created_at',
          'self_service_links.expires_at as expires_at',
        ])
        .where('self_service_sessions.token_hash', '=', hash)
        .executeTakeFirst();
      if (!row) return undefined;
      const at = now();
      if (Date.parse(row.sessionExpiresAt) <= at || Date.parse(row.expires_at) <= at) {
        await db.deleteFrom('self_service_sessions').where('token_hash', '=', hash).execute();
        return undefined;
      }
      const vendorToken = box.open(row.sealed, row.sessionId).token;
      if (!vendorToken) return undefined;
      return { id: row.sessionId, link: toLink(row), vendorToken, expiresAt: row.sessionExpiresAt };
    },

    async deleteSession(token: string): Promise<void> {
      await db.deleteFrom('self_service_sessions').where('token_hash', '=', sha256Hex(token)).execute();
    },

    /** Drops what has expired, so neither table grows without bound. */
    async sweep(): Promise<void> {
      const iso = new Date(now()).toISOString();
      await db.deleteFrom('self_service_sessions').where('expires_at', '<=', iso).execute();
      await db.deleteFrom('self_service_links').where('expires_at', '<=', iso).execute();
    },
  };
}

export type SelfServiceStore = ReturnType<typeof createSelfServiceStore>;
