import type { Column, TableState } from './types';

type Cell = string | number | boolean | null | undefined;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: Cell, b: Cell): number {
  // Blank values sort last in both directions would surprise; they sort first ascending, like spreadsheets.
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return -1;
  if (b === null || b === undefined || b === '') return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Client mode: search, sort and page rows already in memory. `rowFilter` applies the page's named filters.
 * Returns the visible rows and the count after filtering (what the pager and aria-rowcount need).
 */
export function applyClientState<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  state: TableState,
  rowFilter?: (row: Row, filters: TableState['filters']) => boolean,
): { rows: readonly Row[]; total: number } {
  const q = state.q.trim().toLowerCase();
  const searchable = columns.filter((c) => c.value);
  let out: readonly Row[] = rows;
  if (rowFilter) out = out.filter((r) => rowFilter(r, state.filters));
  if (q) {
    out = out.filter((r) =>
      searchable.some((c) => {
        const v = c.value?.(r);
        return v !== null && v !== undefined && String(v).toLowerCase().includes(q);
      }),
    );
  }
  const sortCol = state.sort ? columns.find((c) => c.id === state.sort?.id && c.value) : undefined;
  if (sortCol?.value) {
    const get = sortCol.value;
    const dir = state.sort?.desc ? -1 : 1;
    out = [...out].sort((a, b) => dir * compare(get(a), get(b)));
  }
  const total = out.length;
  if (state.pageSize > 0) {
    const start = (state.page - 1) * state.pageSize;
    out = out.slice(start, start + state.pageSize);
  }
  return { rows: out, total };
}

/** The next sort when a header is clicked: ascending, then descending, then none. */
export function nextSort(current: TableState['sort'], id: string): TableState['sort'] {
  if (current?.id !== id) return { id, desc: false };
  return current.desc ? null : { id, desc: true };
}
