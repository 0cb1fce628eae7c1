import type { Kysely } from 'kysely';

/** The append-only audit log; indexes follow the filters of the audit page. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .addColumn('operator_id', 'varchar(36)')
    .addColumn('username', 'varchar(200)')
    .addColumn('action', 'varchar(100)', (c) => c.notNull())
    .addColumn('target', 'varchar(500)')
    .addColumn('connection_id', 'varchar(36)')
    .addColumn('result', 'varchar(20)', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('ip', 'varchar(64)')
    .addColumn('request_id', 'varchar(64)')
    .addColumn('duration_ms', 'integer')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_operator').on('audit_log').columns(['username', 'at']).execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'at']).execute();
  await db.schema
    .createIndex('audit_log_connection')
    .on('audit_log')
    .columns(['connection_id', 'at'])
    .execute();
}
