import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocStore } from './doc-store';
import { openIndexedStore } from './indexed-collection';

type Doc = { n: number };

describe('indexed collection', () => {
  it('keeps creation order through replace and delete, and pages by position', () => {
    const store = openIndexedStore(openDocStore(undefined));
    const c = store.collection<Doc>('things');
    for (let n = 0; n < 10; n++) c.put(`k${n}`, { n });
    c.put('k3', { n: 33 });
    c.delete('k5');
    expect(c.values().map((d) => d.n)).toEqual([0, 1, 2, 33, 4, 6, 7, 8, 9]);
    const first = c.page(0, 4);
    expect(first.items.map((d) => d.n)).toEqual([0, 1, 2, 33]);
    expect(first.more).toBe(true);
    const rest = c.page(first.last, 10);
    expect(rest.items.map((d) => d.n)).toEqual([4, 6, 7, 8, 9]);
    expect(rest.more).toBe(false);
    const even = c.page(0, 2, (d) => d.n % 2 === 0);
    expect(even.items.map((d) => d.n)).toEqual([0, 2]);
    expect(c.page(even.last, 10, (d) => d.n % 2 === 0).items.map((d) => d.n)).toEqual([4, 6, 8]);
    expect(c.page(c.seqOf('k9') ?? 0, 5, () => true)).toEqual({
      items: [],
      last: c.seqOf('k9'),
      more: false,
    });
  });

  it('undoes every write, in memory and on disk, when the transaction rolls back', () => {
    const docs = openDocStore(undefined);
    const store = openIndexedStore(docs);
    const c = store.collection<Doc>('things');
    c.put('a', { n: 1 });
    c.put('b', { n: 2 });
    const result = store.atomic(
      () => {
        c.put('a', { n: 10 });
        c.delete('b');
        c.put('c', { n: 3 });
        return 'planned';
      },
      { rollback: true },
    );
    expect(result).toBe('planned');
    expect(c.values()).toEqual([{ n: 1 }, { n: 2 }]);
    expect(() =>
      store.atomic(() => {
        c.clear();
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(c.keys()).toEqual(['a', 'b']);
    expect(openIndexedStore(docs).collection<Doc>('things').values()).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('keeps positions across a restart, so page tokens stay valid', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexed-'));
    const file = path.join(dir, 'store.sqlite');
    try {
      const docs = openDocStore(file);
      const c = openIndexedStore(docs).collection<Doc>('things');
      for (let n = 0; n < 5; n++) c.put(`k${n}`, { n });
      c.delete('k1');
      const after = c.page(0, 2).last;
      docs.close();
      const reopened = openDocStore(file);
      const again = openIndexedStore(reopened).collection<Doc>('things');
      expect(again.page(after, 10).items.map((d) => d.n)).toEqual([3, 4]);
      again.put('k5', { n: 5 });
      expect(again.seqOf('k5')).toBe(6);
      reopened.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
