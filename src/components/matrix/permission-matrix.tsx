import { useMemo, useState } from 'react';
import { EmptyState } from '../states';
import { MatrixGrid, type MatrixAxisItem } from './matrix-grid';
import { useMatrixText } from './matrix-text';
import { filterByLabel, togglePending, type MatrixChange, type Pending } from './pending-changes';
import { SaveBar } from './save-bar';

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
  readOnly?: boolean;
  rowHeight?: number;
  height?: number;
};

/** A two-axis grid of checkboxes (e.g. users × roles) whose changes are collected and saved together. */
export function PermissionMatrix(props: PermissionMatrixProps) {
  const t = useMatrixText();
  const [rowFilter, setRowFilter] = useState('');
  const [colFilter, setColFilter] = useState('');
  const [pending, setPending] = useState<Pending>(() => new Map());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rows = useMemo(() => filterByLabel(props.rows, rowFilter), [props.rows, rowFilter]);
  const columns = useMemo(() => filterByLabel(props.columns, colFilter), [props.columns, colFilter]);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await props.onSave([...pending.values()]);
      setPending(new Map());
    } catch (err) {
      setError(err ?? new Error('Saving failed.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="matrix">
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
      {rows.length === 0 || columns.length === 0 ? (
        <EmptyState title={t.nothing} />
      ) : (
        <MatrixGrid
          label={props.label}
          rowHeader={props.rowHeader}
          rows={rows}
          columns={columns}
          isChecked={props.isChecked}
          pending={pending}
          onToggle={(rowId, columnId) => {
            if (saving) return;
            setPending((p) => togglePending(p, rowId, columnId, props.isChecked(rowId, columnId)));
          }}
          readOnly={props.readOnly ?? false}
          rowHeight={props.rowHeight ?? 34}
          height={props.height ?? 480}
        />
      )}
      <SaveBar
        count={pending.size}
        saving={saving}
        error={error}
        onSave={() => void save()}
        onDiscard={() => {
          setPending(new Map());
          setError(null);
        }}
      />
    </div>
  );
}
