import { useMemo } from 'react';
import { booleanCells, toBooleanCell, type MatrixAxisItem } from './cell-kinds';
import { Matrix } from './matrix';
import { useMatrixText } from './matrix-text';
import type { MatrixChange } from './pending-changes';

export type PermissionMatrixProps = {
  /** The grid's accessible name, e.g. "Roles of users". */
  label: string;
  /** The heading of the first column, e.g. "User". */
  rowHeader: string;
  rows: readonly MatrixAxisItem[];
  columns: readonly MatrixAxisItem[];
  /** The saved state of a cell (from the server). */
  isChecked: (rowId: string, columnId: string) => boolean;
  /** Sends the changes; on success the pending set is cleared (refetch so `isChecked` reflects them). */
  onSave: (changes: MatrixChange[]) => unknown;
  readOnly?: boolean | undefined;
  rowHeight?: number | undefined;
  height?: number | undefined;
};

/** A staged boolean <Matrix> (e.g. users × roles) whose changes are collected and saved together. */
export function PermissionMatrix({ isChecked, onSave, ...props }: PermissionMatrixProps) {
  const t = useMatrixText();
  const kind = useMemo(() => booleanCells({ checked: t.checked, unchecked: t.unchecked }), [t]);
  return (
    <Matrix
      {...props}
      mode="staged"
      kind={kind}
      getState={(r, c) => toBooleanCell(isChecked(r, c))}
      save={{
        onSave: (changes) =>
          onSave(changes.map((c) => ({ rowId: c.rowId, columnId: c.columnId, checked: c.to === 'checked' }))),
      }}
    />
  );
}
