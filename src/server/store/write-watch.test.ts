import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from './open';

let store: Store;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-ww-'));
  store = await openStore({ dataDir: dir });
});
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('WriteWatch', () => {
  it('moves on with each write, before and after it runs, and never with a read', async () => {
    const start = store.writes.generation;
    await store.db.selectFrom('tessera_meta').selectAll().execute();
    expect(store.writes.generation).toBe(start);
    await store.db.insertInto('tessera_meta').values({ key: 'ww-test', value: '1' }).execute();
    expect(store.writes.generation).toBe(start + 2);
    await store.db.deleteFrom('tessera_meta').where('key', '=', 'ww-test').execute();
    expect(store.writes.generation).toBe(start + 4);
  });
});
