import { ISO_DURATION, NEVER_EXPIRES } from '../../wire/access-keys';
import { isoSeconds } from '../config';
import { badRequest } from '../errors';

/** Temporary keys live an hour unless a duration says otherwise, and at most 12 hours, like role sessions. */
export const TEMPORARY_DEFAULT_MS = 3_600_000;
export const TEMPORARY_MAX_MS = 43_200_000;

/** `now + duration` with calendar years and months, as ISO 8601 means them. */
export function addIsoDuration(nowMs: number, duration: string): number {
  const m = ISO_DURATION.exec(duration);
  if (!m) throw badRequest(`duration "${duration}" is not an ISO 8601 duration.`, 'INVALID_DURATION');
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x: string | undefined) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const t = new Date(nowMs);
  t.setUTCFullYear(t.getUTCFullYear() + y, t.getUTCMonth() + mo, t.getUTCDate() + w * 7 + d);
  return t.getTime() + ((h * 60 + mi) * 60 + s) * 1000;
}

export function expiryOf(
  type: 'PERMANENT' | 'TEMPORARY',
  nowMs: number,
  duration: string | null | undefined,
): string {
  if (type === 'PERMANENT') {
    if (!duration) return NEVER_EXPIRES;
    const at = addIsoDuration(nowMs, duration);
    if (at <= nowMs || at > Date.UTC(9999, 11, 31))
      throw badRequest('duration must be positive and end before the year 10000.', 'INVALID_DURATION');
    return isoSeconds(at);
  }
  const at = duration ? addIsoDuration(nowMs, duration) : nowMs + TEMPORARY_DEFAULT_MS;
  if (at <= nowMs || at - nowMs > TEMPORARY_MAX_MS)
    throw badRequest('A temporary access key lasts from 1 second to 12 hours (PT12H).', 'INVALID_DURATION');
  return isoSeconds(at);
}

export const isExpired = (expiration: string, nowMs: number): boolean => Date.parse(expiration) <= nowMs;
