import type { ReactNode } from 'react';

export type SortState = { id: string; desc: boolean } | null;

/** Everything a view of a table is, and everything a link to it carries. `page` counts from 1. */
export type TableState = {
  page: number;
  /** 0 shows every row (virtualised) without paging. */
  pageSize: number;
  sort: SortState;
  /** Free-text search. */
  q: string;
  /** Named filters the page adds beside the search, e.g. `{ status: 'disabled' }`. */
  filters: Readonly<Record<string, string>>;
};

export type Column<Row> = {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  sortable?: boolean;
  /** A CSS grid track, e.g. `'12rem'` or `'minmax(8rem, 2fr)'`. */
  width?: string;
  /** False keeps the column out of the visibility menu (e.g. the name that identifies a row). */
  hideable?: boolean;
  /** Client mode: the value sorted and searched on; without it the column is neither. */
  value?: (row: Row) => string | number | boolean | null | undefined;
};

export const defaultTableState: TableState = { page: 1, pageSize: 50, sort: null, q: '', filters: {} };
