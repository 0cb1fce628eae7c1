import './data-table.css';

export { DataTable, type DataTableProps } from './data-table';
export { useTableUrlState } from './use-table-url-state';
export { useColumnVisibility } from './use-column-visibility';
export { applyClientState, nextSort } from './client-rows';
export { readTableState, writeTableState } from './url-state';
export { defaultTableState, type Column, type SortState, type TableState } from './types';
