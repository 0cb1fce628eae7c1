import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { CellKind, MatrixAxisItem } from './cell-kinds';
import { clampPos, moveFor, type GridPos } from './grid-keys';
import { MatrixRow, matrixCellId, type MatrixCellView } from './matrix-row';

export type MatrixGridProps<S extends string> = {
  label: string;
  rowHeader: string;
  rows: readonly MatrixAxisItem[];
  columns: readonly MatrixAxisItem[];
  kind: CellKind<S>;
  /** The view of one cell; called only for the cells in view, so it must be cheap (map lookups). */
  cell: (row: MatrixAxisItem, column: MatrixAxisItem) => MatrixCellView<S>;
  /** Click, Space or Enter on a cell that is not loading or read-only. */
  onActivate: (row: MatrixAxisItem, column: MatrixAxisItem) => void;
  active: GridPos;
  onActiveChange: (at: GridPos) => void;
  rowHeight: number;
  height: number;
  rowHeaderWidth: number;
  columnWidth: number;
};

/** Always render the active index so aria-activedescendant points at an element that exists. */
const keeping = (index: number, count: number) => (range: Range) => {
  const indexes = defaultRangeExtractor(range);
  return count === 0 || indexes.includes(index) ? indexes : [...indexes, index].sort((a, b) => a - b);
};

const indexOf = (el: HTMLElement | null, key: 'r' | 'c') => {
  const v = el?.dataset[key];
  return v === undefined ? null : Number(v);
};

/**
 * Both axes are virtualised, so 100,000 rows × 500 columns render only the cells in view; the header row and
 * the first column are sticky. Focus stays on the grid and aria-activedescendant names the active cell; one
 * click handler and one key handler serve every cell.
 */
export function MatrixGrid<S extends string>(props: MatrixGridProps<S>) {
  const { rows, columns, rowHeight, height, rowHeaderWidth, columnWidth, kind } = props;
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const size = { rows: rows.length, cols: columns.length };
  const { r, c } = clampPos(props.active, size);

  // The virtualizers are mutable instances by design; this component re-renders on their updates on purpose.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowV = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 2,
    // The sticky header sits above the first row: the list starts below it and must scroll clear of it.
    scrollMargin: rowHeight,
    scrollPaddingStart: rowHeight,
    rangeExtractor: keeping(r, rows.length),
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => columnWidth,
    overscan: 1,
    scrollMargin: rowHeaderWidth,
    scrollPaddingStart: rowHeaderWidth,
    rangeExtractor: keeping(c, columns.length),
  });
  useEffect(() => {
    if (rows.length > 0) rowV.scrollToIndex(r);
  }, [r, rows.length, rowV]);
  useEffect(() => {
    if (columns.length > 0) colV.scrollToIndex(c);
  }, [c, columns.length, colV]);

  const activate = (ri: number, ci: number) => {
    const row = rows[ri];
    const col = columns[ci];
    if (!row || !col || row.loading || row.disabled !== undefined || col.disabled !== undefined) return;
    const v = props.cell(row, col);
    if (v.disabled === undefined && !v.pending) props.onActivate(row, col);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || rows.length === 0 || columns.length === 0) return;
    const page = Math.max(1, Math.floor(height / rowHeight) - 2);
    const to = moveFor(e.key, e.ctrlKey || e.metaKey, { r, c }, size, page);
    if (to) {
      e.preventDefault();
      props.onActiveChange(to);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      activate(r, c);
    }
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    // Cells carry their column, rows their row: a row header picks a row, a column header a column.
    const ci = indexOf(target.closest<HTMLElement>('[data-c]'), 'c');
    const ri = indexOf(target.closest<HTMLElement>('[data-r]'), 'r');
    if (ri === null && ci === null) return;
    props.onActiveChange({ r: ri ?? r, c: ci ?? c });
    if (ri !== null && ci !== null) activate(ri, ci);
  };

  const cols = colV.getVirtualItems();
  const width = rowHeaderWidth + colV.getTotalSize();
  return (
    // The grid is one focus stop (aria-activedescendant); its handlers serve every cell inside it.
    <div
      ref={scrollRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      aria-activedescendant={rows.length > 0 && columns.length > 0 ? matrixCellId(baseId, r, c) : undefined}
      tabIndex={0}
      className="mx-scroll"
      style={{
        height,
        ['--mx-rowhead' as string]: `${String(rowHeaderWidth)}px`,
        ['--mx-col' as string]: `${String(columnWidth)}px`,
      }}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <div role="row" aria-rowindex={1} className="mx-row mx-head" style={{ height: rowHeight, width }}>
        <div role="columnheader" aria-colindex={1} className="mx-cell mx-rowhead">
          {props.rowHeader}
        </div>
        {cols.map((item) => {
          const col = columns[item.index];
          return (
            col && (
              <div
                key={col.id}
                role="columnheader"
                aria-colindex={item.index + 2}
                className={`mx-cell mx-colhead${item.index === c ? ' mx-col-active' : ''}`}
                title={col.label}
                data-c={item.index}
                style={{ left: item.start }}
              >
                {col.label}
              </div>
            )
          );
        })}
      </div>
      <div role="presentation" className="mx-body" style={{ height: rowV.getTotalSize(), width }}>
        {rowV.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            row && (
              <MatrixRow
                key={row.id}
                row={row}
                index={item.index}
                top={item.start - rowHeight}
                rowHeight={rowHeight}
                columns={columns}
                cols={cols}
                kind={kind}
                cell={props.cell}
                activeCol={item.index === r ? c : null}
                baseId={baseId}
              />
            )
          );
        })}
      </div>
    </div>
  );
}
