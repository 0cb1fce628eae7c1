import { cellKey } from './cell-store';

export { cellKey };

/** A boolean cell change, as PermissionMatrix's onSave receives it. */
export type MatrixChange = { rowId: string; columnId: string; checked: boolean };
export type Pending = ReadonlyMap<string, MatrixChange>;

/**
 * Flips one cell against the saved state: a change that returns a cell to its saved value is dropped, so
 * the pending list is always exactly what Save would send.
 */
export function togglePending(pending: Pending, rowId: string, columnId: string, saved: boolean): Pending {
  const key = cellKey(rowId, columnId);
  const next = new Map(pending);
  const current = pending.get(key)?.checked ?? saved;
  if (!current === saved) next.delete(key);
  else next.set(key, { rowId, columnId, checked: !current });
  return next;
}

export function cellValue(pending: Pending, rowId: string, columnId: string, saved: boolean): boolean {
  return pending.get(cellKey(rowId, columnId))?.checked ?? saved;
}

/** Case-insensitive match on the visible label; an empty filter matches everything. */
export function filterByLabel<T extends { label: string }>(
  items: readonly T[],
  filter: string,
): readonly T[] {
  const q = filter.trim().toLowerCase();
  return q ? items.filter((i) => i.label.toLowerCase().includes(q)) : items;
}
