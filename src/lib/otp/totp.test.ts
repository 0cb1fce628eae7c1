import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32';
import { hotp, totpCode, verifyTotp } from './totp';
import { otpauthUri, secretFromOtpauthUri } from './otpauth-uri';

// RFC 6238 appendix B test vectors for SHA-1 (8 digits there; we compare the last 6).
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('totp', () => {
  it('matches the RFC 4226 HOTP vectors', () => {
    const key = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '520489']);
  });
  it('matches the RFC 6238 TOTP vectors', () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(totpCode(RFC_SECRET, 1111111109_000)).toBe('081804');
    expect(totpCode(RFC_SECRET, 1234567890_000)).toBe('005924');
  });
  it('accepts ±1 step and refuses replays and far codes', () => {
    const t = 1_700_000_000_000;
    const code = totpCode(RFC_SECRET, t - 30_000);
    const step = verifyTotp(RFC_SECRET, code, { timeMs: t });
    expect(step).toBeDefined();
    expect(verifyTotp(RFC_SECRET, code, { timeMs: t, afterStep: step })).toBeUndefined();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, t - 90_000), { timeMs: t })).toBeUndefined();
    expect(verifyTotp(RFC_SECRET, 'abcdef', { timeMs: t })).toBeUndefined();
  });
  it('round-trips base32 and otpauth URIs', () => {
    const bytes = Buffer.from([1, 2, 3, 250, 99]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    const uri = otpauthUri({ issuer: 'Tessera', account: 'ad min', secret: 'JBSWY3DPEHPK3PXP' });
    expect(uri.startsWith('otpauth://totp/Tessera:ad%20min?')).toBe(true);
    expect(secretFromOtpauthUri(uri)).toBe('JBSWY3DPEHPK3PXP');
  });
});
