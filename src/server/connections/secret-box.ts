import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config';

const KEY_FILE = 'secret.key';
const VERSION = 'v1';

/** Encrypts and decrypts connection secrets with one AES-256-GCM key; the key never leaves this object. */
export type SecretBox = {
  seal(plain: Record<string, string>, boundTo: string): string;
  open(envelope: string, boundTo: string): Record<string, string>;
};

function decodeKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (key.length !== 32) {
    throw new ConfigError(
      'TESSERA_SECRET_KEY must decode to exactly 32 bytes (try: openssl rand -base64 32).',
    );
  }
  return key;
}

/**
 * The key comes from TESSERA_SECRET_KEY, or else from `<dataDir>/secret.key`, created on first use with
 * mode 0600. A key file that others can read is tightened rather than trusted as is.
 */
export function loadSecretKey(opts: { secretKey: string | undefined; dataDir: string }): Buffer {
  if (opts.secretKey) return decodeKey(opts.secretKey);
  const file = path.join(opts.dataDir, KEY_FILE);
  fs.mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const stat = fs.statSync(file);
  if ((stat.mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  return decodeKey(fs.readFileSync(file, 'utf8'));
}

/**
 * `v1.<iv>.<tag>.<ciphertext>` in base64url. The row id is the additional data, so an envelope copied
 * onto another connection fails to open instead of lending it its credentials.
 */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes.');
  return {
    seal(plain, boundTo) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const data = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(envelope, boundTo) {
      const [version, iv, tag, data] = envelope.split('.');
      if (version !== VERSION || !iv || !tag || data === undefined) {
        throw new Error('Unknown secret envelope format.');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const text = Buffer.concat([
        decipher.update(Buffer.from(data, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
      return JSON.parse(text) as Record<string, string>;
    },
  };
}
