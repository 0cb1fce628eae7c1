import type { Kysely } from 'kysely';

/**
 * Self-service links and the sessions opened through them. A link lets one vendor user (`subject`) of one
 * connection manage their own MFA; only the SHA-256 of its token is stored. A session keeps the vendor's
 * token for that user sealed (AES-256-GCM, bound to the session id) so it never reaches the browser.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('self_service_links')
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('id', 'varchar(36)', (c) => c.notNull().unique())
    .addColumn('connection_id', 'varchar(36)', (c) =>
      c.notNull().references('connections.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'varchar(40)', (c) => c.notNull())
    .addColumn('subject', 'varchar(200)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('self_service_sessions')
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('id', 'varchar(36)', (c) => c.notNull().unique())
    .addColumn('link_id', 'varchar(36)', (c) =>
      c.notNull().references('self_service_links.id').onDelete('cascade'),
    )
    .addColumn('sealed_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();
}
