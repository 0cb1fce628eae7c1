import { memo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { CellKind, MatrixAxisItem } from './cell-kinds';
import { useMatrixText } from './matrix-text';

/** What one cell shows; the grid asks for it only for the cells in view. */
export type MatrixCellView<S extends string> = {
  state: S;
  /** A staged value that differs from the saved one. */
  changed?: boolean | undefined;
  /** A write for this cell is in flight. */
  pending?: boolean | undefined;
  /** The last write for this cell failed; the cell shows the saved value again. */
  error?: string | undefined;
  /** Why this cell cannot change (read-only), e.g. "System managed". */
  disabled?: string | undefined;
};

export const matrixCellId = (baseId: string, ri: number, ci: number) =>
  `${baseId}-${String(ri)}-${String(ci)}`;

type Props<S extends string> = {
  row: MatrixAxisItem;
  index: number;
  /** Pixels from the top of the body. */
  top: number;
  rowHeight: number;
  columns: readonly MatrixAxisItem[];
  /** The columns in view (horizontal virtualiser); `start` is the pixel offset in the row. */
  cols: readonly VirtualItem[];
  kind: CellKind<S>;
  cell: (row: MatrixAxisItem, column: MatrixAxisItem) => MatrixCellView<S>;
  /** The active column when this row holds the active cell. */
  activeCol: number | null;
  baseId: string;
};

function cellClass(base: string | undefined, v: CellProps, active: boolean) {
  let c = 'mx-cell mx-data';
  if (base) c += ` ${base}`;
  if (v.loading) c += ' mx-loading';
  else {
    if (v.changed) c += ' mx-changed';
    if (v.pending) c += ' mx-pending';
    if (v.error !== undefined) c += ' mx-error';
    if (v.disabled !== undefined) c += ' mx-disabled';
  }
  if (active) c += ' mx-active';
  return c;
}

type CellProps = {
  id: string;
  colIndex: number;
  left: number;
  /** The accessible name, built by the row so a cell needs no hooks. */
  name: string;
  glyph: string;
  className: string | undefined;
  loading: boolean;
  changed: boolean | undefined;
  pending: boolean | undefined;
  error: string | undefined;
  disabled: string | undefined;
  active: boolean;
};

/**
 * One cell, absolutely placed at its column's offset and memoised on plain values: scrolling sideways then
 * renders only the cells that come into view instead of every cell of every row.
 */
const MatrixCell = memo(function MatrixCell(v: CellProps) {
  return (
    <div
      id={v.id}
      role="gridcell"
      aria-colindex={v.colIndex + 2}
      aria-label={v.name}
      aria-readonly={v.loading || v.disabled !== undefined || undefined}
      aria-busy={!v.loading && v.pending ? true : undefined}
      className={cellClass(v.className, v, v.active)}
      title={v.error ?? v.disabled}
      data-c={v.colIndex}
      style={{ left: v.left }}
    >
      {!v.loading && v.glyph !== '' && (
        <span aria-hidden="true" className="mx-glyph">
          {v.glyph}
        </span>
      )}
    </div>
  );
});

/**
 * One row: the sticky row header, then the cells in view. Cells are plain divs with a glyph; the grid owns
 * every click and key, so a row needs no handlers and stays memoised while other rows scroll in.
 */
function MatrixRowImpl<S extends string>(props: Props<S>) {
  const { row, index, columns, cols, kind, activeCol } = props;
  const t = useMatrixText();
  const loading = row.loading === true;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="mx-row"
      style={{ transform: `translateY(${String(props.top)}px)`, height: props.rowHeight }}
      data-r={index}
    >
      <div role="rowheader" aria-colindex={1} className="mx-cell mx-rowhead" title={row.label}>
        {row.label}
      </div>
      {cols.map((item) => {
        const col = columns[item.index];
        if (!col) return null;
        const v = props.cell(row, col);
        const spec = kind.states[v.state];
        const disabled = row.disabled ?? col.disabled ?? v.disabled;
        const flags = { changed: v.changed, pending: v.pending, error: v.error, disabled };
        return (
          <MatrixCell
            key={col.id}
            id={matrixCellId(props.baseId, index, item.index)}
            colIndex={item.index}
            left={item.start}
            name={
              loading
                ? t.cellLoading(row.label, col.label)
                : t.cellName(row.label, col.label, spec.label, flags)
            }
            glyph={spec.glyph}
            className={spec.className}
            loading={loading}
            changed={v.changed}
            pending={v.pending}
            error={v.error}
            disabled={disabled}
            active={item.index === activeCol}
          />
        );
      })}
    </div>
  );
}

export const MatrixRow = memo(MatrixRowImpl) as typeof MatrixRowImpl;
