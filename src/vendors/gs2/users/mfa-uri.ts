import { otpauthUri } from '@/lib/otp/otpauth-uri';

/**
 * GS2 does not document the challenge token's format: an `otpauth://` URI is shown as it is, anything
 * else is taken for the base32 secret and wrapped in a standard Key URI for authenticator apps.
 */
export function challengeToOtpauth(
  challengeToken: string,
  userName: string,
): { uri: string; secret?: string } {
  const token = challengeToken.trim();
  if (token.startsWith('otpauth://')) return { uri: token };
  const secret = token.replace(/\s+/g, '').toUpperCase();
  return { uri: otpauthUri({ issuer: 'GS2', account: userName, secret }), secret };
}
