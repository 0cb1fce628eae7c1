import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt password hashes in a self-describing string: `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url).
 * Each hash keeps its own parameters, so raising the cost later only affects new hashes, and a hash made
 * with weaker parameters is recognised (`needsRehash`) and replaced at the next successful sign-in.
 */
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
const R = 8;
const P = 1;

type Params = { logN: number; r: number; p: number; salt: Buffer; hash: Buffer };

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  // scrypt needs 128 * N * r bytes; allow that plus headroom instead of Node's 32 MB default.
  const opts: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, opts, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

function parse(stored: string): Params | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (!logN || !r || !p || logN < 10 || logN > 22 || r > 32 || p > 16) return undefined;
  return {
    logN,
    r,
    p,
    salt: Buffer.from(parts[4] ?? '', 'base64url'),
    hash: Buffer.from(parts[5] ?? '', 'base64url'),
  };
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string, logN: number): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, logN, R, P);
  return ['scrypt', logN, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const params = parse(stored);
  if (params?.hash.length !== KEY_LENGTH) return false;
  const candidate = await derive(password, params.salt, params.logN, params.r, params.p);
  return timingSafeEqual(candidate, params.hash);
}

/** True when a hash was made with a lower cost than today's setting. */
export function needsRehash(stored: string, logN: number): boolean {
  const params = parse(stored);
  return !params || params.logN < logN || params.r !== R || params.p !== P;
}

let dummy: Promise<string> | undefined;
/**
 * Burns the same time as a real check when the username does not exist, so response times do not tell
 * an attacker which usernames are real.
 */
export async function verifyAgainstDummy(password: string, logN: number): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'), logN);
  await verifyPassword(password, await dummy);
  return false;
}

/** A random password for new operators and resets: 20 characters from an unambiguous alphabet. */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  // Rejection sampling keeps every character equally likely.
  for (const b of bytes) {
    if (out.length === length) break;
    if (b < 256 - (256 % alphabet.length)) out += alphabet.charAt(b % alphabet.length);
  }
  return out.length === length ? out : generatePassword(length);
}
