import { useEffect, useRef } from 'react';
import type { Column, SortState } from './types';
import { useTableText } from './table-text';

type Props<Row> = {
  columns: readonly Column<Row>[];
  sort: SortState;
  onSort: (id: string) => void;
  selection: 'none' | 'some' | 'all' | null;
  onTogglePage: () => void;
};

const ariaSort = (sort: SortState, id: string) =>
  sort?.id === id ? (sort.desc ? 'descending' : 'ascending') : undefined;

export function TableHeader<Row>({ columns, sort, onSort, selection, onTogglePage }: Props<Row>) {
  const t = useTableText();
  const boxRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // `indeterminate` exists only as a DOM property, not as an attribute React can render.
    if (boxRef.current) boxRef.current.indeterminate = selection === 'some';
  }, [selection]);
  return (
    <div role="rowgroup" className="dt-head">
      <div role="row" aria-rowindex={1} className="dt-row dt-head-row">
        {selection !== null && (
          <div role="columnheader" className="dt-cell dt-check">
            <input
              ref={boxRef}
              type="checkbox"
              aria-label={t.selectAll}
              checked={selection === 'all'}
              onChange={onTogglePage}
            />
          </div>
        )}
        {columns.map((c) => (
          <div key={c.id} role="columnheader" className="dt-cell" aria-sort={ariaSort(sort, c.id)}>
            {c.sortable ? (
              <button type="button" className="dt-sort" onClick={() => onSort(c.id)}>
                {c.header}
                <span aria-hidden="true" className="dt-sort-mark">
                  {sort?.id === c.id ? (sort.desc ? '▼' : '▲') : ''}
                </span>
              </button>
            ) : (
              c.header
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
