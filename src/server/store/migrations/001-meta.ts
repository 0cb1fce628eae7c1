import type { Kysely } from 'kysely';

/** Key-value facts about this store (its creation time, the instance id), needed before any feature table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tessera_meta')
    .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
