/**
 * Output formats. Framework entities carry dates as `2000-01-23T04:56:07.000+00:00`, the token APIs as
 * `2025-02-11T00:56:50.902Z`, as in the seed's examples.
 */
export const offsetDate = (d: Date): string => d.toISOString().replace('Z', '+00:00');
export const zuluDate = (d: Date): string => d.toISOString();

/** `ab***@example.com`: enough to recognise an address without disclosing it. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at < 0) return `${email.slice(0, 2)}***`;
  return `${email.slice(0, Math.min(2, at))}***${email.slice(at)}`;
}

/** First four characters then `****`, for secrets, tokens and key IDs shown in lists. */
export const maskSecret = (value: string): string => `${value.slice(0, 4)}****`;
