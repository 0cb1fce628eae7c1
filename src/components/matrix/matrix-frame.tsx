import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { EmptyState } from '../states';
import type { CellKind, MatrixAxisItem, MatrixCellChange } from './cell-kinds';
import type { GridPos } from './grid-keys';
import { MatrixBulkBar } from './matrix-bulk-bar';
import { MatrixGrid } from './matrix-grid';
import type { MatrixCellView } from './matrix-row';
import { useMatrixText } from './matrix-text';
import { filterByLabel } from './pending-changes';

/** Props shared by both write modes. */
export type MatrixCommonProps<S extends string> = {
  /** The grid's accessible name, e.g. "Roles of users". */
  label: string;
  /** The heading of the first column, e.g. "User". */
  rowHeader: string;
  rows: readonly MatrixAxisItem[];
  columns: readonly MatrixAxisItem[];
  kind: CellKind<S>;
  /** The saved value of a cell (from the server); called only for cells in view. */
  getState: (rowId: string, columnId: string) => S;
  /** Why one cell is read-only (e.g. "System managed"), or undefined when it can change. */
  cellDisabled?: ((rowId: string, columnId: string) => string | undefined) | undefined;
  /** Makes every cell read-only; a string is the reason announced with each cell. */
  readOnly?: boolean | string | undefined;
  /** The built-in label filters; turn off when the page filters (e.g. on the server). Default true. */
  filters?: boolean | undefined;
  /** "Set all in row/column" for the active cell's row and column. Default true. */
  bulkToggles?: boolean | undefined;
  rowHeight?: number | undefined;
  height?: number | undefined;
  rowHeaderWidth?: number | undefined;
  columnWidth?: number | undefined;
};

type FrameProps<S extends string> = MatrixCommonProps<S> & {
  view: (rowId: string, columnId: string) => MatrixCellView<S>;
  /** Changes whenever a cell's view may have changed. */
  version: number;
  busy: boolean;
  onChange: (changes: MatrixCellChange<S>[]) => void;
  footer: ReactNode;
};

type Pair = [MatrixAxisItem, MatrixAxisItem];

/** Filters, the bulk bar, the grid and a footer: everything both write modes share. */
export function MatrixFrame<S extends string>(props: FrameProps<S>) {
  const t = useMatrixText();
  const { kind, view, version, cellDisabled, readOnly } = props;
  const [rowFilter, setRowFilter] = useState('');
  const [colFilter, setColFilter] = useState('');
  const [active, setActive] = useState<GridPos>({ r: 0, c: 0 });
  const rows = useMemo(() => filterByLabel(props.rows, rowFilter), [props.rows, rowFilter]);
  const columns = useMemo(() => filterByLabel(props.columns, colFilter), [props.columns, colFilter]);
  const locked = readOnly === undefined || readOnly === false ? undefined : readOnly === true ? '' : readOnly;

  const cell = useCallback(
    (row: MatrixAxisItem, col: MatrixAxisItem): MatrixCellView<S> => {
      const v = view(row.id, col.id);
      const disabled = locked ?? cellDisabled?.(row.id, col.id);
      return disabled === undefined ? v : { ...v, disabled };
    },
    // `version` stands for the hooks' mutable maps behind `view`, which is a new closure every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version, props.getState, locked, cellDisabled, kind],
  );
  const changeTo = (row: MatrixAxisItem, col: MatrixAxisItem, to: S): MatrixCellChange<S> | null => {
    if (row.loading || row.disabled !== undefined || col.disabled !== undefined) return null;
    const v = cell(row, col);
    if (v.disabled !== undefined || v.pending || v.state === to) return null;
    return { rowId: row.id, columnId: col.id, from: v.state, to };
  };
  const many = (pairs: readonly Pair[], to: S) => {
    const out: MatrixCellChange<S>[] = [];
    for (const [row, col] of pairs) {
      const c = changeTo(row, col, to);
      if (c) out.push(c);
    }
    if (out.length > 0) props.onChange(out);
  };

  const r = Math.min(active.r, rows.length - 1);
  const c = Math.min(active.c, columns.length - 1);
  const empty = rows.length === 0 || columns.length === 0;
  return (
    <div className="matrix">
      {props.filters !== false && (
        <div className="row matrix-filters">
          <input
            type="search"
            aria-label={t.filterRows}
            placeholder={t.filterRows}
            value={rowFilter}
            onChange={(e) => setRowFilter(e.target.value)}
          />
          <input
            type="search"
            aria-label={t.filterColumns}
            placeholder={t.filterColumns}
            value={colFilter}
            onChange={(e) => setColFilter(e.target.value)}
          />
        </div>
      )}
      {props.bulkToggles !== false && locked === undefined && !empty && (
        <MatrixBulkBar
          kind={kind}
          row={rows[r]}
          column={columns[c]}
          disabled={props.busy}
          onSetRow={(row, to) =>
            many(
              columns.map((col): Pair => [row, col]),
              to,
            )
          }
          onSetColumn={(col, to) =>
            many(
              rows.map((row): Pair => [row, col]),
              to,
            )
          }
        />
      )}
      {empty ? (
        <EmptyState title={t.nothing} />
      ) : (
        <MatrixGrid
          label={props.label}
          rowHeader={props.rowHeader}
          rows={rows}
          columns={columns}
          kind={kind}
          cell={cell}
          onActivate={(row, col) => {
            const v = cell(row, col);
            props.onChange([{ rowId: row.id, columnId: col.id, from: v.state, to: kind.next(v.state) }]);
          }}
          active={active}
          onActiveChange={setActive}
          rowHeight={props.rowHeight ?? 34}
          height={props.height ?? 480}
          rowHeaderWidth={props.rowHeaderWidth ?? 200}
          columnWidth={props.columnWidth ?? 104}
        />
      )}
      {props.footer}
    </div>
  );
}
