/** Builds the otpauth:// URI that authenticator apps read from a QR code (Key Uri Format). */
export function otpauthUri(opts: {
  issuer: string;
  account: string;
  secret: string;
  digits?: number;
  period?: number;
}): string {
  const label = `${encodeURIComponent(opts.issuer)}:${encodeURIComponent(opts.account)}`;
  const params = new URLSearchParams({
    secret: opts.secret,
    issuer: opts.issuer,
    algorithm: 'SHA1',
    digits: String(opts.digits ?? 6),
    period: String(opts.period ?? 30),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/** Reads the secret back out of an otpauth URI (tests and the enrolment screen use it). */
export function secretFromOtpauthUri(uri: string): string | undefined {
  if (!uri.startsWith('otpauth://')) return undefined;
  return new URL(uri).searchParams.get('secret') ?? undefined;
}
