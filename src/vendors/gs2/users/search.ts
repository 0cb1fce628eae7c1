import type { User } from '../wire';

/**
 * GS2 has no server-side search: the prefix filter runs over the pages loaded so far. Case-insensitive,
 * because people type `mina` for `Mina.Sato`; leading and trailing spaces are ignored.
 */
export function filterByPrefix<T extends Pick<User, 'name'>>(users: readonly T[], prefix: string): T[] {
  const p = prefix.trim().toLowerCase();
  if (p === '') return [...users];
  return users.filter((u) => u.name.toLowerCase().startsWith(p));
}

export const PAGE_SIZES = [10, 30, 100, 1000] as const;

/** The page size from the URL, falling back to GS2's default for anything the API would refuse. */
export function readPageSize(raw: string | null): number {
  const n = Number(raw);
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : 30;
}
