import type { SortState, TableState } from './types';

const MAX_PAGE_SIZE = 1000;

function readInt(v: string | null, min: number, max: number): number | undefined {
  if (v === null || !/^\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
}

function readSort(v: string | null): SortState | undefined {
  if (!v) return undefined;
  const desc = v.startsWith('-');
  const id = desc ? v.slice(1) : v;
  return /^[\w.-]+$/.test(id) ? { id, desc } : undefined;
}

/**
 * Reads one table's state from the URL. Keys are prefixed with the table id so two tables on a page do not
 * collide; anything malformed falls back to the default rather than breaking the page.
 */
export function readTableState(params: URLSearchParams, tableId: string, defaults: TableState): TableState {
  const p = (k: string) => params.get(`${tableId}.${k}`);
  const filters: Record<string, string> = { ...defaults.filters };
  const prefix = `${tableId}.f.`;
  for (const [k, v] of params) if (k.startsWith(prefix)) filters[k.slice(prefix.length)] = v;
  return {
    page: readInt(p('page'), 1, 1_000_000) ?? defaults.page,
    pageSize: readInt(p('size'), 0, MAX_PAGE_SIZE) ?? defaults.pageSize,
    sort: p('sort') === '' ? null : (readSort(p('sort')) ?? defaults.sort),
    q: p('q') ?? defaults.q,
    filters,
  };
}

const sortText = (s: SortState) => (s ? `${s.desc ? '-' : ''}${s.id}` : '');

/** Writes only what differs from the defaults, so a plain view keeps a clean URL; other params survive. */
export function writeTableState(
  params: URLSearchParams,
  tableId: string,
  state: TableState,
  defaults: TableState,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const k of [...next.keys()]) if (k.startsWith(`${tableId}.`)) next.delete(k);
  const set = (k: string, v: string, d: string) => {
    if (v !== d) next.set(`${tableId}.${k}`, v);
  };
  set('page', String(state.page), String(defaults.page));
  set('size', String(state.pageSize), String(defaults.pageSize));
  set('sort', sortText(state.sort), sortText(defaults.sort));
  set('q', state.q, defaults.q);
  for (const [k, v] of Object.entries(state.filters)) set(`f.${k}`, v, defaults.filters[k] ?? '');
  return next;
}
