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
  /** The columns in view (horizontal virtualiser), with their absolute start. */
  cols: readonly VirtualItem[];
  /** Width of the blank before the first column in view. */
  lead: number;
  kind: CellKind<S>;
  cell: (row: MatrixAxisItem, column: MatrixAxisItem) => MatrixCellView<S>;
  /** The active column when this row holds the active cell. */
  activeCol: number | null;
  baseId: string;
};

function cellClass(base: string | undefined, v: MatrixCellView<string>, loading: boolean, active: boolean) {
  let c = 'mx-cell mx-data';
  if (base) c += ` ${base}`;
  if (loading) c += ' mx-loading';
  else {
    if (v.changed) c += ' mx-changed';
    if (v.pending) c += ' mx-pending';
    if (v.error !== undefined) c += ' mx-error';
    if (v.disabled !== undefined) c += ' mx-disabled';
  }
  if (active) c += ' mx-active';
  return c;
}

/**
 * One row: the sticky row header, a blank for the columns scrolled past, then the cells in view. Cells are
 * plain divs with a glyph; the grid owns every click and key, so a row needs no handlers and stays memoised.
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
    >
      <div role="rowheader" aria-colindex={1} className="mx-cell mx-rowhead" title={row.label} data-r={index}>
        {row.label}
      </div>
      <div role="presentation" style={{ width: props.lead, flex: 'none' }} />
      {cols.map((item) => {
        const col = columns[item.index];
        if (!col) return null;
        const v = props.cell(row, col);
        const spec = kind.states[v.state];
        const disabled = row.disabled ?? col.disabled ?? v.disabled;
        const view = disabled === undefined ? v : { ...v, disabled };
        return (
          <div
            key={col.id}
            id={matrixCellId(props.baseId, index, item.index)}
            role="gridcell"
            aria-colindex={item.index + 2}
            aria-label={
              loading
                ? t.cellLoading(row.label, col.label)
                : t.cellName(row.label, col.label, spec.label, view)
            }
            aria-readonly={loading || disabled !== undefined || undefined}
            aria-busy={!loading && v.pending ? true : undefined}
            className={cellClass(spec.className, view, loading, item.index === activeCol)}
            title={view.error ?? view.disabled}
            data-r={index}
            data-c={item.index}
          >
            <span aria-hidden="true" className="mx-glyph">
              {loading ? '' : spec.glyph}
            </span>
          </div>
        );
      })}
    </div>
  );
}

export const MatrixRow = memo(MatrixRowImpl) as typeof MatrixRowImpl;
