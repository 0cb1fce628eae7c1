import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, base64url: session ids and other bearer values. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Bearer values are stored only as their SHA-256, so a copy of the database opens no session. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * The CSRF token of a session is derived from its secret id, so it needs no storage, changes with every
 * new session and cannot be computed by anyone who cannot read the HttpOnly cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('tessera-csrf-v1').digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
