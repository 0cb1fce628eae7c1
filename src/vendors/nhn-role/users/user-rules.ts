import { z } from 'zod';

/** The vendor's userId rule (v1 guide): ≤ 48 chars of letters, digits, - _ @ . ; alphanumeric at both ends. */
export const USER_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9@._-]{0,46}[A-Za-z0-9])?$/;

export const userIdField = (message: string) => z.string().trim().regex(USER_ID_PATTERN, message);
export const descriptionField = (message: string) => z.string().max(128, message);

/** Counts a user's relations by scope, for the list's "roles per scope" column. */
export function formatRoleCounts(
  counts: readonly { scopeId: string; roleCount: number }[] | null | undefined,
) {
  return (counts ?? []).map((c) => `${c.scopeId}: ${c.roleCount}`).join(', ');
}
