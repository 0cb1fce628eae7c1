import Database from 'better-sqlite3';

/**
 * A small JSON document store over SQLite for the emulators: each vendor keeps its resources as documents
 * in named collections, so an emulator's data model follows the vendor's wire model without a migration
 * per field, and state survives a restart when a file is given.
 */
export type Collection<T> = {
  get(id: string): T | undefined;
  has(id: string): boolean;
  /** Inserts or replaces. */
  put(id: string, doc: T): T;
  delete(id: string): boolean;
  /** Every document in insertion order, optionally filtered. */
  list(filter?: (doc: T) => boolean): T[];
  count(): number;
  clear(): void;
};

export type DocStore = {
  collection<T>(name: string): Collection<T>;
  /** Runs fn in one transaction: an exception rolls back every write it made. */
  transaction<R>(fn: () => R): R;
  close(): void;
};

export function openDocStore(file: string | undefined): DocStore {
  const db = new Database(file ?? ':memory:');
  if (file) db.pragma('journal_mode = WAL');
  db.exec(`create table if not exists docs (
    collection text not null, id text not null, seq integer not null, doc text not null,
    primary key (collection, id))`);
  db.exec('create index if not exists docs_seq on docs (collection, seq)');
  const stmts = {
    get: db.prepare<[string, string], { doc: string }>(
      'select doc from docs where collection = ? and id = ?',
    ),
    seqOf: db.prepare<[string, string], { seq: number }>(
      'select seq from docs where collection = ? and id = ?',
    ),
    nextSeq: db.prepare<[string], { n: number }>(
      'select coalesce(max(seq), 0) + 1 as n from docs where collection = ?',
    ),
    put: db.prepare('insert or replace into docs (collection, id, seq, doc) values (?, ?, ?, ?)'),
    del: db.prepare('delete from docs where collection = ? and id = ?'),
    list: db.prepare<[string], { doc: string }>('select doc from docs where collection = ? order by seq'),
    count: db.prepare<[string], { n: number }>('select count(*) as n from docs where collection = ?'),
    clear: db.prepare('delete from docs where collection = ?'),
  };
  return {
    collection<T>(name: string): Collection<T> {
      return {
        get: (id) => {
          const row = stmts.get.get(name, id);
          return row ? (JSON.parse(row.doc) as T) : undefined;
        },
        has: (id) => stmts.get.get(name, id) !== undefined,
        put: (id, doc) => {
          // Replacing keeps the original position so lists stay in creation order.
          const seq = stmts.seqOf.get(name, id)?.seq ?? stmts.nextSeq.get(name)?.n ?? 1;
          stmts.put.run(name, id, seq, JSON.stringify(doc));
          return doc;
        },
        delete: (id) => stmts.del.run(name, id).changes > 0,
        list: (filter) => {
          const docs = stmts.list.all(name).map((r) => JSON.parse(r.doc) as T);
          return filter ? docs.filter(filter) : docs;
        },
        count: () => stmts.count.get(name)?.n ?? 0,
        clear: () => {
          stmts.clear.run(name);
        },
      };
    },
    transaction: (fn) => db.transaction(fn)(),
    close: () => {
      db.close();
    },
  };
}
