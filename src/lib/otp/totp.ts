import { createHmac, randomBytes } from 'node:crypto';
import { base32Decode, base32Encode } from './base32';

/** RFC 6238 TOTP with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s steps. */
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

/** A new random secret (160 bits, as RFC 4226 recommends), base32 without padding. */
export function newTotpSecret(bytes = 20): string {
  return base32Encode(randomBytes(bytes));
}

export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(msg).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const bin = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

export function totpStep(timeMs: number = Date.now()): number {
  return Math.floor(timeMs / 1000 / TOTP_STEP_SECONDS);
}

export function totpCode(secretBase32: string, timeMs: number = Date.now()): string {
  return hotp(base32Decode(secretBase32), totpStep(timeMs));
}

/**
 * Checks a code within ±window steps and returns the matching step, or undefined. Callers store the step
 * and reject any code at or below it, so a code is accepted once only.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  opts: { timeMs?: number; window?: number; afterStep?: number | undefined } = {},
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const key = base32Decode(secretBase32);
  const now = totpStep(opts.timeMs ?? Date.now());
  const window = opts.window ?? 1;
  for (let s = now - window; s <= now + window; s++) {
    if (opts.afterStep !== undefined && s <= opts.afterStep) continue;
    if (timingSafeEqualStr(hotp(key, s), code)) return s;
  }
  return undefined;
}

function timingSafeEqualStr(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
