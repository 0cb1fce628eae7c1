import { ISO_DURATION } from '../wire/access-keys';

export type DurationParts = { years: number; months: number; days: number; hours: number };

export const NO_DURATION: DurationParts = { years: 0, months: 0, days: 0, hours: 0 };

/** The ISO 8601 duration SCP takes (`P1Y2M10DT2H`), or null for "never expires" (all parts zero). */
export function toIsoDuration(p: DurationParts): string | null {
  const date = `${p.years ? `${p.years}Y` : ''}${p.months ? `${p.months}M` : ''}${p.days ? `${p.days}D` : ''}`;
  const time = p.hours ? `T${p.hours}H` : '';
  if (!date && !time) return null;
  const iso = `P${date}${time}`;
  return ISO_DURATION.test(iso) ? iso : null;
}

/** Whole, non-negative numbers only; anything else reads as 0 so the builder never sends a bad duration. */
export const readPart = (raw: string): number => (/^\d{1,4}$/.test(raw.trim()) ? Number(raw.trim()) : 0);
