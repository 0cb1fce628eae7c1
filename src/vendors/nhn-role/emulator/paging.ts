import type { Context } from 'hono';
import { RESULT, RoleError } from './result';
import { queryInt } from './http';

type SortValue = string | number | null | undefined;
export type SortProps<T> = Record<string, (item: T) => SortValue>;

type SortKey = { prop: string; desc: boolean };

function parseSort(values: readonly string[], props: Record<string, unknown>): SortKey[] {
  const keys: SortKey[] = [];
  // Spring reads `sort=a,DESC` as one key and `sort=a,b,DESC` as two keys sharing the direction.
  for (const raw of values) {
    const parts = raw
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const last = parts.at(-1)?.toUpperCase();
    const hasDir = last === 'ASC' || last === 'DESC';
    const names = hasDir ? parts.slice(0, -1) : parts;
    for (const prop of names) {
      if (!(prop in props)) throw new RoleError(RESULT.INVALID_ARGUMENT, `cannot sort by ${prop}`);
      keys.push({ prop, desc: last === 'DESC' });
    }
  }
  return keys;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function sortItems<T>(items: T[], keys: readonly SortKey[], props: SortProps<T>): T[] {
  return items.sort((x, y) => {
    for (const k of keys) {
      const get = props[k.prop];
      if (!get) continue;
      const d = compareValues(get(x), get(y));
      if (d !== 0) return k.desc ? -d : d;
    }
    return 0;
  });
}

/**
 * One page of `items` by the request's 1-based `page` (default 1), `itemsPerPage` (default 10) and
 * repeated `sort` (default per endpoint); `totalItems` counts every match, not just the page.
 */
export function paginate<T>(
  c: Context,
  items: T[],
  props: SortProps<T>,
  defaultSort: readonly string[],
): { page: T[]; totalItems: number } {
  const page = queryInt(c, 'page') ?? 1;
  const itemsPerPage = queryInt(c, 'itemsPerPage') ?? 10;
  if (page < 1) throw new RoleError(RESULT.INVALID_ARGUMENT, 'page starts at 1');
  if (itemsPerPage < 1) throw new RoleError(RESULT.INVALID_ARGUMENT, 'itemsPerPage must be at least 1');
  const requested = c.req.queries('sort') ?? [];
  const keys = parseSort(requested.length > 0 ? requested : defaultSort, props);
  const sorted = sortItems(items, keys, props);
  const start = (page - 1) * itemsPerPage;
  return { page: sorted.slice(start, start + itemsPerPage), totalItems: items.length };
}

/** Sub-resources page with offset (default 0) and limit (default Integer.MAX_VALUE) instead. */
export function sliceOffsetLimit<T>(c: Context, items: T[]): T[] {
  const offset = queryInt(c, 'offset') ?? 0;
  const limit = queryInt(c, 'limit') ?? 2_147_483_647;
  if (offset < 0 || limit < 0)
    throw new RoleError(RESULT.INVALID_ARGUMENT, 'offset and limit must not be negative');
  return items.slice(offset, offset + limit);
}
