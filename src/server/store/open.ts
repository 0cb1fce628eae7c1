import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import type { StoreSchema } from './schema';
import { WriteWatch } from './write-watch';

/** A store that cannot be opened or migrated: start-up stops with this message, nothing is overwritten. */
export class StoreError extends Error {
  override name = 'StoreError';
}

export type Store = {
  db: Kysely<StoreSchema>;
  dialect: 'sqlite' | 'postgres';
  /** Moves on with every write, so in-memory caches of store rows know when to read again. */
  writes: WriteWatch;
  close(): Promise<void>;
};

/** Makes sure the data directory exists and is writable, with an error that says how to fix it. */
export function ensureDataDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new StoreError(
      `Data directory ${dir} is not writable (${code}). Fix its permissions or set TESSERA_DATA_DIR to a writable folder.`,
    );
  }
}

function openSqlite(file: string): Database.Database {
  const exists = fs.existsSync(file);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { fileMustExist: exists });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // A corrupt file often opens fine and fails on first read; read the schema now so it fails at start-up.
    sqlite.prepare('select count(*) from sqlite_master').get();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new StoreError(
      `Cannot open the database ${file}: ${why}. If the file is damaged, move it aside and restore a backup; Tessera does not overwrite it.`,
    );
  }
  return sqlite;
}

/**
 * Kysely prepares every query afresh, and preparing costs more than running a small indexed query; the
 * console runs the same few statements on every request (session, operator), so keep them prepared.
 * Safe because Kysely serialises use of its one SQLite connection.
 */
export function cachePreparedStatements(sqlite: Database.Database, max = 500): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
    } else {
      stmt = prepare(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value ?? '');
    }
    cache.set(source, stmt);
    return stmt;
  }) as Database.Database['prepare'];
  return sqlite;
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Opens the console store (SQLite in the data dir, or PostgreSQL) and applies pending migrations. */
export async function openStore(opts: {
  dataDir: string;
  databaseUrl?: string | undefined;
  file?: string;
}): Promise<Store> {
  let db: Kysely<StoreSchema>;
  let dialect: Store['dialect'];
  const writes = new WriteWatch();
  if (opts.databaseUrl) {
    db = new Kysely<StoreSchema>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opts.databaseUrl }) }),
      plugins: [writes],
    });
    dialect = 'postgres';
  } else {
    ensureDataDir(opts.dataDir);
    const file = path.join(opts.dataDir, opts.file ?? 'tessera.sqlite');
    db = new Kysely<StoreSchema>({
      dialect: new SqliteDialect({ database: cachePreparedStatements(openSqlite(file)) }),
      plugins: [writes],
    });
    dialect = 'sqlite';
  }
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const why = error instanceof Error ? error.message : JSON.stringify(error);
    throw new StoreError(`Database migration ${failed} failed: ${why}. The store was left as it was.`);
  }
  return { db, dialect, writes, close: () => db.destroy() };
}
