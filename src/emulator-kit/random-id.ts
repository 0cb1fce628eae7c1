import { randomBytes, randomUUID } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random string of `length` characters from `alphabet`, without modulo bias, for the fixed-size
 * identifiers and secrets vendors hand out (keys, tokens, short resource ids).
 */
export function randomString(length: number, alphabet: string = ALPHANUMERIC): string {
  // Reject bytes above the largest multiple of the alphabet size so every character is equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet.charAt(byte % alphabet.length);
    }
  }
  return out;
}

/** A canonical, hyphenated UUID v4 (36 characters). */
export function randomUuid(): string {
  return randomUUID();
}
