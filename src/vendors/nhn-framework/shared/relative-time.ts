const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours" / "5 minutes ago" in the locale, for expiry columns; the largest whole unit is used. */
export function relativeTime(iso: string | null | undefined, now: number, locale: string): string {
  if (!iso) return '';
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return '';
  const diff = at - now;
  const fmt = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return fmt.format(Math.trunc(diff / ms), unit);
  return fmt.format(Math.trunc(diff / 1000), 'second');
}

/** Whole days from `iso` to `now`; 0 for a date in the future or one that does not parse. */
export function ageInDays(iso: string | null | undefined, now: number): number {
  const at = iso ? new Date(iso).getTime() : NaN;
  return Number.isNaN(at) ? 0 : Math.max(0, Math.floor((now - at) / 86_400_000));
}
