import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from './open';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('store', () => {
  it('creates the database in WAL mode and applies migrations once', async () => {
    const dir = tmp();
    const first = await openStore({ dataDir: dir });
    await first.db.insertInto('tessera_meta').values({ key: 'k', value: 'v' }).execute();
    await first.close();
    const again = await openStore({ dataDir: dir });
    expect(await again.db.selectFrom('tessera_meta').selectAll().execute()).toEqual([
      { key: 'k', value: 'v' },
    ]);
    await again.close();
    expect(fs.existsSync(path.join(dir, 'tessera.sqlite'))).toBe(true);
  });

  it('refuses a corrupt database file and leaves it untouched', async () => {
    const dir = tmp();
    const file = path.join(dir, 'tessera.sqlite');
    const garbage = Buffer.from('this is not a sqlite database at all, just some bytes'.repeat(100));
    fs.writeFileSync(file, garbage);
    await expect(openStore({ dataDir: dir })).rejects.toThrow(StoreError);
    await expect(openStore({ dataDir: dir })).rejects.toThrow(/move it aside/);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it('refuses a data directory that is a file', async () => {
    const dir = tmp();
    const file = path.join(dir, 'plain-file');
    fs.writeFileSync(file, 'x');
    await expect(openStore({ dataDir: file })).rejects.toThrow(/not writable/);
  });
});
