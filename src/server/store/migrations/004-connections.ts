import type { Kysely } from 'kysely';

/**
 * Connections to vendor accounts. `settings` is the plain JSON of the vendor's fields; `secrets` is one
 * AES-256-GCM envelope of the secret fields, bound to the row id. `demo_vendor` marks the demo connection
 * that `npm start` keeps pointed at that vendor's emulator.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('connections')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('vendor', 'varchar(40)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('base_url', 'varchar(2000)', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text', (c) => c.notNull())
    .addColumn('demo_vendor', 'varchar(40)', (c) => c.unique())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('connections_name').on('connections').column('name').unique().execute();
}
