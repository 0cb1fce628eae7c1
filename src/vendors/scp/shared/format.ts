import { NEVER_EXPIRES } from '../wire/access-keys';

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** SCP date-times are RFC 3339 UTC, some with microseconds; shown in local time, the raw text if unparseable. */
export function formatDate(iso: string | null | undefined, fallback = '—'): string {
  if (!iso) return fallback;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatter.format(d);
}

/** `9999-12-31T23:59:59Z` is how SCP says "never expires". */
export const neverExpires = (iso: string) => iso === NEVER_EXPIRES || iso.startsWith('9999-');
