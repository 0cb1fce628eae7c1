import { memo } from 'react';
import { cellKey, cellValue, type Pending } from './pending-changes';

export type MatrixAxisItem = { id: string; label: string };
import { useMatrixText } from './matrix-text';

export const matrixCellId = (baseId: string, ri: number, ci: number) =>
  `${baseId}-${String(ri)}-${String(ci)}`;

// The grid listens for changes on behalf of every box; this only tells React the box is controlled.
const handledByGrid = () => undefined;

type Props = {
  row: MatrixAxisItem;
  index: number;
  start: number;
  rowHeight: number;
  columns: readonly MatrixAxisItem[];
  pending: Pending;
  isChecked: (rowId: string, columnId: string) => boolean;
  /** The active column when this row holds the active cell. */
  activeCol: number | null;
  readOnly: boolean;
  baseId: string;
};

/** One row of checkboxes; memoised so scrolling renders only rows that come into view. */
export const MatrixRow = memo(function MatrixRow(props: Props) {
  const { row, index, columns, pending, isChecked, activeCol } = props;
  const t = useMatrixText();
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="matrix-row"
      style={{ transform: `translateY(${String(props.start)}px)`, height: props.rowHeight }}
    >
      <div role="rowheader" className="matrix-cell matrix-rowhead" title={row.label}>
        {row.label}
      </div>
      {columns.map((col, ci) => {
        const changed = pending.has(cellKey(row.id, col.id));
        return (
          <div
            key={col.id}
            id={matrixCellId(props.baseId, index, ci)}
            role="gridcell"
            className={`matrix-cell matrix-check${changed ? ' matrix-changed' : ''}${ci === activeCol ? ' matrix-active' : ''}`}
          >
            <input
              type="checkbox"
              tabIndex={-1}
              aria-label={t.cell(row.label, col.label)}
              checked={cellValue(pending, row.id, col.id, isChecked(row.id, col.id))}
              disabled={props.readOnly}
              data-row={index}
              data-col={ci}
              onChange={handledByGrid}
            />
          </div>
        );
      })}
    </div>
  );
});
