import type { CellKind, MatrixAxisItem } from './cell-kinds';
import { useMatrixText } from './matrix-text';

type Props<S extends string> = {
  kind: CellKind<S>;
  row: MatrixAxisItem | undefined;
  column: MatrixAxisItem | undefined;
  disabled: boolean;
  onSetRow: (row: MatrixAxisItem, to: S) => void;
  onSetColumn: (column: MatrixAxisItem, to: S) => void;
};

/**
 * "Set all" for the active cell's row and column, over the rows and columns the filters show. Buttons
 * outside the grid keep the grid a single tab stop; clicking a header picks the row or column.
 */
export function MatrixBulkBar<S extends string>({ kind, row, column, disabled, ...on }: Props<S>) {
  const t = useMatrixText();
  const values = kind.settable ?? (Object.keys(kind.states) as S[]);
  const group = (title: string, name: (state: string) => string, run: (to: S) => void, off: boolean) => (
    <div className="mx-bulk-group">
      <span>{title}</span>
      {values.map((s) => (
        <button
          key={s}
          type="button"
          className="btn btn-ghost"
          aria-label={name(kind.states[s].label)}
          disabled={disabled || off}
          onClick={() => run(s)}
        >
          {t.setAllTo(kind.states[s].label)}
        </button>
      ))}
    </div>
  );
  if (!row || !column) return null;
  return (
    <div className="mx-bulk" role="group" aria-label={t.bulkActions}>
      {group(
        t.rowBulk(row.label),
        (s) => t.setRow(row.label, s),
        (to) => on.onSetRow(row, to),
        row.loading === true || row.disabled !== undefined,
      )}
      {group(
        t.columnBulk(column.label),
        (s) => t.setColumn(column.label, s),
        (to) => on.onSetColumn(column, to),
        column.disabled !== undefined,
      )}
    </div>
  );
}
