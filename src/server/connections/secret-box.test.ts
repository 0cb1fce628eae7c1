import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretBox, loadSecretKey } from './secret-box';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-key-'));

describe('secret box', () => {
  const box = createSecretBox(Buffer.alloc(32, 7));

  it('round-trips, with a fresh IV on every seal', () => {
    const a = box.seal({ clientSecret: 's3cret' }, 'conn-1');
    const b = box.seal({ clientSecret: 's3cret' }, 'conn-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('s3cret');
    expect(box.open(a, 'conn-1')).toEqual({ clientSecret: 's3cret' });
  });

  it('refuses an envelope moved to another connection, tampered with, or opened with another key', () => {
    const sealed = box.seal({ k: 'v' }, 'conn-1');
    expect(() => box.open(sealed, 'conn-2')).toThrow();
    const parts = sealed.split('.');
    const data = Buffer.from(parts[3] ?? '', 'base64url');
    data[0] = (data[0] ?? 0) ^ 1;
    expect(() =>
      box.open([parts[0], parts[1], parts[2], data.toString('base64url')].join('.'), 'conn-1'),
    ).toThrow();
    expect(() => createSecretBox(Buffer.alloc(32, 8)).open(sealed, 'conn-1')).toThrow();
  });
});

describe('loadSecretKey', () => {
  it('creates a 0600 key file once and reuses it', () => {
    const dir = tmp();
    const first = loadSecretKey({ secretKey: undefined, dataDir: dir });
    const file = path.join(dir, 'secret.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ secretKey: undefined, dataDir: dir }).equals(first)).toBe(true);
    expect(first).toHaveLength(32);
  });

  it('tightens a key file that others can read', () => {
    const dir = tmp();
    loadSecretKey({ secretKey: undefined, dataDir: dir });
    const file = path.join(dir, 'secret.key');
    fs.chmodSync(file, 0o644);
    loadSecretKey({ secretKey: undefined, dataDir: dir });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('takes TESSERA_SECRET_KEY in base64 or hex and refuses the wrong length', () => {
    const raw = Buffer.alloc(32, 3);
    expect(loadSecretKey({ secretKey: raw.toString('base64'), dataDir: tmp() }).equals(raw)).toBe(true);
    expect(loadSecretKey({ secretKey: raw.toString('hex'), dataDir: tmp() }).equals(raw)).toBe(true);
    expect(() => loadSecretKey({ secretKey: Buffer.alloc(16).toString('base64'), dataDir: tmp() })).toThrow(
      /32 bytes/,
    );
  });
});
