import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { MatrixRow, matrixCellId } from './matrix-row';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Pending } from './pending-changes';

import type { MatrixAxisItem } from './matrix-row';
export type { MatrixAxisItem };

type Props = {
  label: string;
  rowHeader: string;
  rows: readonly MatrixAxisItem[];
  columns: readonly MatrixAxisItem[];
  isChecked: (rowId: string, columnId: string) => boolean;
  pending: Pending;
  onToggle: (rowId: string, columnId: string) => void;
  readOnly: boolean;
  rowHeight: number;
  height: number;
};

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/**
 * Rows are virtualised (10,000 rows stay cheap); the sticky header and first column keep both axes in
 * view. Focus stays on the grid and aria-activedescendant names the active cell; arrows move, Space flips.
 */
export function MatrixGrid(props: Props) {
  const { rows, columns, rowHeight, height, pending, isChecked } = props;
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState({ r: 0, c: 0 });
  const r = clamp(active.r, rows.length - 1);
  const c = clamp(active.c, columns.length - 1);
  // The virtualizer is a mutable instance by design; this component re-renders on its updates on purpose.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollPaddingStart: rowHeight,
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return rows.length === 0 || indexes.includes(r) ? indexes : [...indexes, r].sort((a, b) => a - b);
    },
  });
  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(r);
  }, [r, rows.length, virtualizer]);

  const cellId = (ri: number, ci: number) => matrixCellId(baseId, ri, ci);
  const toggleAt = (ri: number, ci: number) => {
    const row = rows[ri];
    const col = columns[ci];
    if (row && col && !props.readOnly) props.onToggle(row.id, col.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor(height / rowHeight) - 2);
    const moves: Record<string, [number, number]> = {
      ArrowDown: [r + 1, c],
      ArrowUp: [r - 1, c],
      ArrowRight: [r, c + 1],
      ArrowLeft: [r, c - 1],
      PageDown: [r + page, c],
      PageUp: [r - page, c],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [rows.length - 1, columns.length - 1] : [r, columns.length - 1],
    };
    const target = moves[e.key];
    if (target) {
      e.preventDefault();
      setActive({ r: clamp(target[0], rows.length - 1), c: clamp(target[1], columns.length - 1) });
    } else if (e.key === ' ') {
      e.preventDefault();
      toggleAt(r, c);
    }
  };

  const style = {
    height,
    '--mx-cols': `minmax(12rem, max-content) repeat(${String(columns.length)}, 6.5rem)`,
  } as CSSProperties;
  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      aria-activedescendant={rows.length > 0 && columns.length > 0 ? cellId(r, c) : undefined}
      tabIndex={0}
      className="matrix-scroll"
      style={style}
      onKeyDown={onKeyDown}
      // One handler for every checkbox: rows then need no callbacks and stay memoised while scrolling.
      onChange={(e) => {
        const box = e.target as HTMLElement;
        const ri = Number(box.dataset.row);
        const ci = Number(box.dataset.col);
        if (Number.isNaN(ri) || Number.isNaN(ci)) return;
        setActive({ r: ri, c: ci });
        toggleAt(ri, ci);
      }}
    >
      <div role="row" aria-rowindex={1} className="matrix-row matrix-head">
        <div role="columnheader" className="matrix-cell matrix-rowhead">
          {props.rowHeader}
        </div>
        {columns.map((col, ci) => (
          <div
            key={col.id}
            role="columnheader"
            className={`matrix-cell${ci === c ? ' matrix-col-active' : ''}`}
            title={col.label}
          >
            {col.label}
          </div>
        ))}
      </div>
      <div className="matrix-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <MatrixRow
              key={row.id}
              row={row}
              index={item.index}
              start={item.start}
              rowHeight={rowHeight}
              columns={columns}
              pending={pending}
              isChecked={isChecked}
              activeCol={item.index === r ? c : null}
              readOnly={props.readOnly}
              baseId={baseId}
            />
          );
        })}
      </div>
    </div>
  );
}
