import { useEffect, useId, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { TableHeader } from './table-header';
import type { Column, SortState } from './types';
import { gridKeyHandler } from './use-grid-keys';
import { useTableText } from './table-text';

export type TableGridProps<Row> = {
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  ids: readonly string[];
  rowName: (row: Row) => string;
  /** Rows before this page, so aria-rowindex is the row's place in the whole result. */
  rowOffset: number;
  /** Rows in the whole result (all pages). */
  total: number;
  sort: SortState;
  onSort: (id: string) => void;
  selected: ReadonlySet<string> | null;
  selection: 'none' | 'some' | 'all' | null;
  onSelectClick: (index: number, shift: boolean) => void;
  onTogglePage: () => void;
  onRowOpen: ((row: Row) => void) | undefined;
  rowHeight: number;
  height: number;
};

const CHECK_TRACK = '2.5rem';

function rowIndexOf(target: EventTarget): number | undefined {
  const row = target instanceof Element ? target.closest<HTMLElement>('[data-index]') : null;
  return row?.dataset.index === undefined ? undefined : Number(row.dataset.index);
}

/**
 * The rows themselves: an ARIA grid whose body is virtualised, so only the rows in view exist in the DOM.
 * Focus stays on the grid and `aria-activedescendant` names the active row, which is scrolled into view
 * (and therefore rendered) before it is announced.
 */
export function TableGrid<Row>(props: TableGridProps<Row>) {
  const { columns, rows, ids, rowHeight, height, selected, onRowOpen } = props;
  const t = useTableText();
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));
  // The virtualizer is a mutable instance by design; this component re-renders on its updates on purpose.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // The sticky header sits inside the scroll area; rows start below it.
    scrollPaddingStart: rowHeight,
    // The active row is always rendered, even before the scroll reaches it, so aria-activedescendant never
    // points at nothing.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (rows.length === 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
  });
  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(activeIndex);
  }, [activeIndex, rows.length, virtualizer]);

  const tracks = [...(selected ? [CHECK_TRACK] : []), ...columns.map((c) => c.width ?? 'minmax(8rem, 1fr)')];
  const style = { '--dt-cols': tracks.join(' '), height } as CSSProperties;
  const rowId = (i: number) => `${baseId}-r${String(i)}`;
  const open = (i: number) => {
    const row = rows[i];
    if (row !== undefined) onRowOpen?.(row);
  };

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={props.total + 1}
      aria-colcount={tracks.length}
      aria-multiselectable={selected ? true : undefined}
      aria-activedescendant={rows.length > 0 ? rowId(activeIndex) : undefined}
      tabIndex={0}
      className="dt-scroll"
      style={style}
      // Rows are not focusable themselves (the grid is), so pointer events are read here from the row hit.
      onClick={(e) => {
        const i = rowIndexOf(e.target);
        if (i !== undefined) setActive(i);
      }}
      onDoubleClick={(e) => {
        const i = rowIndexOf(e.target);
        if (i !== undefined) open(i);
      }}
      onKeyDown={gridKeyHandler({
        count: rows.length,
        active: activeIndex,
        pageRows: Math.max(1, Math.floor(height / rowHeight) - 2),
        setActive,
        onToggle: (i) => props.onSelectClick(i, false),
        onOpen: open,
      })}
    >
      <TableHeader
        columns={columns}
        sort={props.sort}
        onSort={props.onSort}
        selection={props.selection}
        onTogglePage={props.onTogglePage}
      />
      <div role="rowgroup" className="dt-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const id = ids[item.index];
          if (row === undefined || id === undefined) return null;
          const isSelected = selected?.has(id) ?? false;
          return (
            <div
              key={id}
              id={rowId(item.index)}
              role="row"
              aria-rowindex={props.rowOffset + item.index + 2}
              aria-selected={selected ? isSelected : undefined}
              className={`dt-row${item.index === activeIndex ? ' dt-active' : ''}${isSelected ? ' dt-selected' : ''}`}
              style={{ transform: `translateY(${String(item.start)}px)`, height: rowHeight }}
              data-index={item.index}
            >
              {selected && (
                <div role="gridcell" className="dt-cell dt-check">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={t.selectRow(props.rowName(row))}
                    checked={isSelected}
                    // onChange has no shiftKey; the click event carries it.
                    onChange={() => undefined}
                    onClick={(e: MouseEvent<HTMLInputElement>) => props.onSelectClick(item.index, e.shiftKey)}
                  />
                </div>
              )}
              {columns.map((c) => (
                <div key={c.id} role="gridcell" className="dt-cell">
                  {c.cell(row)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
