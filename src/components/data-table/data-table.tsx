import { useMemo, useState, type ReactNode } from 'react';
import { EmptyState, ErrorPanel, Skeleton } from '../states';
import { applyClientState, nextSort } from './client-rows';
import { Pagination } from './pagination';
import { clickSelect, pageSelection, togglePage } from './selection';
import { TableGrid } from './table-grid';
import { TableToolbar } from './table-toolbar';
import { useTableText } from './table-text';
import type { Column, TableState } from './types';
import { useColumnVisibility } from './use-column-visibility';

export type DataTableProps<Row> = {
  /** Names the table in the URL and in the saved column choice; unique per page. */
  tableId: string;
  /** The accessible name of the grid, e.g. "Users". */
  label: string;
  columns: readonly Column<Row>[];
  getRowId: (row: Row) => string;
  /** How a row is named in its checkbox label; defaults to its id. */
  rowName?: (row: Row) => string;
  state: TableState;
  onChange: (next: TableState) => void;
  /**
   * `server` (default): `rows` is the current page and `total` the size of the whole result; the parent
   * fetches on `onChange`. `client`: `rows` is everything and the table searches, sorts and pages itself.
   */
  mode?: 'server' | 'client';
  rows: readonly Row[] | undefined;
  total?: number;
  /** Client mode: applies `state.filters` to a row. */
  rowFilter?: (row: Row, filters: TableState['filters']) => boolean;
  status?: 'pending' | 'error' | 'success';
  error?: unknown;
  onRetry?: () => void;
  /** Shown when there are no rows at all (not when a search matches nothing). */
  empty?: ReactNode;
  filters?: ReactNode;
  searchable?: boolean;
  selectable?: boolean;
  bulkActions?: (selectedIds: readonly string[], clear: () => void) => ReactNode;
  onRowOpen?: (row: Row) => void;
  rowHeight?: number;
  height?: number;
  pageSizes?: readonly number[];
  hiddenByDefault?: readonly string[];
};

const SERVER_PAGE_SIZES = [25, 50, 100, 250] as const;
const CLIENT_PAGE_SIZES = [25, 50, 100, 250, 0] as const;

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { tableId, columns, getRowId, state, onChange, mode = 'server', status = 'success' } = props;
  const t = useTableText();
  const { hidden, toggle } = useColumnVisibility(tableId, props.hiddenByDefault);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  const view = useMemo(() => {
    const all = props.rows ?? [];
    if (mode === 'client') return applyClientState(all, columns, state, props.rowFilter);
    return { rows: all, total: props.total ?? all.length };
  }, [mode, props.rows, props.total, props.rowFilter, columns, state]);
  const ids = useMemo(() => view.rows.map(getRowId), [view.rows, getRowId]);
  const visible = columns.filter((c) => !hidden.includes(c.id) || c.hideable === false);
  const clear = () => {
    setSelected(new Set());
    setAnchor(null);
  };
  const filtered = state.q !== '' || Object.values(state.filters).some((v) => v !== '');

  let body: ReactNode;
  if (status === 'error')
    body = <ErrorPanel error={props.error} {...(props.onRetry && { onRetry: props.onRetry })} />;
  else if (status === 'pending' && props.rows === undefined) body = <Skeleton lines={6} />;
  else if (view.total === 0)
    body = filtered ? <EmptyState title={t.noMatches} /> : (props.empty ?? <EmptyState />);
  else {
    body = (
      <TableGrid
        label={props.label}
        columns={visible}
        rows={view.rows}
        ids={ids}
        rowName={props.rowName ?? getRowId}
        rowOffset={state.pageSize > 0 ? (state.page - 1) * state.pageSize : 0}
        total={view.total}
        sort={state.sort}
        onSort={(id) => onChange({ ...state, sort: nextSort(state.sort, id), page: 1 })}
        selected={props.selectable ? selected : null}
        selection={props.selectable ? pageSelection(selected, ids) : null}
        onSelectClick={(index, shift) => {
          if (!props.selectable) return;
          setSelected(clickSelect(selected, ids, index, anchor, shift));
          setAnchor(index);
        }}
        onTogglePage={() => setSelected(togglePage(selected, ids))}
        onRowOpen={props.onRowOpen}
        rowHeight={props.rowHeight ?? 36}
        height={props.height ?? 480}
      />
    );
  }

  return (
    <div className="data-table">
      <TableToolbar
        state={state}
        onChange={onChange}
        searchable={props.searchable ?? true}
        columns={columns}
        hidden={hidden}
        onToggleColumn={toggle}
        filters={props.filters}
        selectedCount={selected.size}
        bulkActions={props.bulkActions?.([...selected], clear)}
        onClearSelection={clear}
      />
      {body}
      {status !== 'error' && (
        <Pagination
          state={state}
          total={view.total}
          pageSizes={props.pageSizes ?? (mode === 'client' ? CLIENT_PAGE_SIZES : SERVER_PAGE_SIZES)}
          onChange={onChange}
        />
      )}
    </div>
  );
}
