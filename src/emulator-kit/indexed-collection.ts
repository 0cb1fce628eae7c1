import type { Collection, DocStore } from './doc-store';

/**
 * A write-through, in-memory view of DocStore collections for emulators that page through large lists:
 * every document carries a persisted sequence number, so a page is a binary search plus a slice instead of
 * reading and parsing the whole collection, and page positions survive a restart. Writes made inside
 * `atomic` are undone in memory when the SQLite transaction rolls back (an error, or a dry run).
 */
export type IndexedCollection<T> = {
  get(key: string): T | undefined;
  has(key: string): boolean;
  /** Inserts (at the end of the order) or replaces in place. */
  put(key: string, value: T): T;
  delete(key: string): boolean;
  count(): number;
  /** Every value in creation order. */
  values(): T[];
  /** Every key in creation order. */
  keys(): string[];
  /** The sequence number of a stored key: its position in the creation order. */
  seqOf(key: string): number | undefined;
  /** Up to `limit` values after position `afterSeq` that pass `filter`; `last` is where the next page starts. */
  page(
    afterSeq: number,
    limit: number,
    filter?: (value: T) => boolean,
  ): { items: T[]; last: number; more: boolean };
  clear(): void;
};

export type IndexedStore = {
  collection<T>(name: string): IndexedCollection<T>;
  /**
   * Runs fn in one transaction; with `rollback` (or when fn throws) every write is undone, in memory too.
   * A nested call joins the outer transaction, so only the outermost `rollback` counts.
   */
  atomic: <R>(fn: () => R, opts?: { rollback?: boolean }) => R;
};

// The key travels inside the document because DocStore lists documents without their ids.
type Stored<T> = { key: string; seq: number; value: T };
type Entry<T> = { key: string; seq: number; value: T };

class Rollback extends Error {}

export function openIndexedStore(docs: DocStore): IndexedStore {
  let undo: (() => void)[] | undefined;
  const remember = (fn: () => void) => undo?.push(fn);

  function collection<T>(name: string): IndexedCollection<T> {
    const backing: Collection<Stored<T>> = docs.collection<Stored<T>>(name);
    const byKey = new Map<string, Entry<T>>();
    // Sorted by seq: appends keep it sorted, so positions are found by binary search.
    const ordered: Entry<T>[] = [];
    for (const doc of backing.list()) {
      const entry = { key: doc.key, seq: doc.seq, value: doc.value };
      byKey.set(entry.key, entry);
      ordered.push(entry);
    }
    ordered.sort((a, b) => a.seq - b.seq);
    let nextSeq = (ordered.at(-1)?.seq ?? 0) + 1;

    const indexOfSeq = (seq: number) => {
      let lo = 0;
      let hi = ordered.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((ordered[mid]?.seq ?? 0) <= seq) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };

    const insert = (entry: Entry<T>) => {
      ordered.splice(indexOfSeq(entry.seq), 0, entry);
      byKey.set(entry.key, entry);
    };
    const remove = (entry: Entry<T>) => {
      const i = indexOfSeq(entry.seq) - 1;
      if (ordered[i] === entry) ordered.splice(i, 1);
      byKey.delete(entry.key);
    };

    return {
      get: (key) => byKey.get(key)?.value,
      has: (key) => byKey.has(key),
      put: (key, value) => {
        const existing = byKey.get(key);
        if (existing) {
          const before = existing.value;
          existing.value = value;
          remember(() => (existing.value = before));
          backing.put(key, { key, seq: existing.seq, value });
        } else {
          const entry = { key, seq: nextSeq++, value };
          insert(entry);
          remember(() => remove(entry));
          backing.put(key, { key, seq: entry.seq, value });
        }
        return value;
      },
      delete: (key) => {
        const entry = byKey.get(key);
        if (!entry) return false;
        remove(entry);
        remember(() => insert(entry));
        backing.delete(key);
        return true;
      },
      count: () => ordered.length,
      values: () => ordered.map((e) => e.value),
      keys: () => ordered.map((e) => e.key),
      seqOf: (key) => byKey.get(key)?.seq,
      page: (afterSeq, limit, filter) => {
        const items: T[] = [];
        let last = afterSeq;
        let i = indexOfSeq(afterSeq);
        for (; i < ordered.length && items.length < limit; i++) {
          const entry = ordered[i];
          if (!entry || (filter && !filter(entry.value))) continue;
          items.push(entry.value);
          last = entry.seq;
        }
        let more = false;
        for (; i < ordered.length && !more; i++) {
          const entry = ordered[i];
          more = entry !== undefined && (!filter || filter(entry.value));
        }
        return { items, last, more };
      },
      clear: () => {
        const snapshot = [...ordered];
        ordered.length = 0;
        byKey.clear();
        remember(() => snapshot.forEach(insert));
        backing.clear();
      },
    };
  }

  return {
    collection,
    atomic: <R>(fn: () => R, opts: { rollback?: boolean } = {}): R => {
      if (undo) return fn();
      const journal: (() => void)[] = [];
      undo = journal;
      let result: R | undefined;
      try {
        docs.transaction(() => {
          result = fn();
          if (opts.rollback) throw new Rollback();
        });
      } catch (err) {
        for (const step of journal.reverse()) step();
        if (!(err instanceof Rollback)) throw err;
      } finally {
        undo = undefined;
      }
      return result as R;
    },
  };
}
