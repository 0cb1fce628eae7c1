import { useMemo } from 'react';
import { BulkProgress } from '@/components/bulk-run';
import type { MatrixAxisItem, MatrixCellChange } from './cell-kinds';
import { MatrixFrame, type MatrixCommonProps } from './matrix-frame';
import { useMatrixText } from './matrix-text';
import { SaveBar } from './save-bar';
import { useImmediateCells } from './use-immediate-cells';
import { useStagedCells, type StagedSave } from './use-staged-cells';

export type StagedMatrixProps<S extends string> = MatrixCommonProps<S> & {
  mode: 'staged';
  /** `{ onSave }` sends every change in one call; `{ saveEach: { by, save } }` one call per group. */
  save: StagedSave<S>;
};

export type ImmediateMatrixProps<S extends string> = MatrixCommonProps<S> & {
  mode: 'immediate';
  /** Writes one cell; reject to roll it back (the error stays on the cell). */
  write: (change: MatrixCellChange<S>) => Promise<unknown>;
  /** The success toast (default "row – column: State."); it gets an Undo action. */
  describeChange?: ((change: MatrixCellChange<S>) => string) | undefined;
  /** The error toast of a single click (default "row – column: why"). */
  describeFailure?: ((change: MatrixCellChange<S>, why: string) => string) | undefined;
  /** Writes in flight at once for bulk toggles; default 4. */
  concurrency?: number | undefined;
};

export type MatrixProps<S extends string> = StagedMatrixProps<S> | ImmediateMatrixProps<S>;

/**
 * A rows × columns grid of cells with two or more states (users × roles, users × policies). STAGED collects
 * changes for a Save bar; IMMEDIATE writes each click at once with rollback, per-cell errors and Undo.
 */
export function Matrix<S extends string>(props: MatrixProps<S>) {
  return props.mode === 'staged' ? <StagedMatrix {...props} /> : <ImmediateMatrix {...props} />;
}

const labelOf = (items: readonly MatrixAxisItem[]) => {
  const m = new Map(items.map((i) => [i.id, i.label]));
  return (id: string) => m.get(id) ?? id;
};

function useLabels<S extends string>(props: MatrixCommonProps<S>) {
  const t = useMatrixText();
  const row = useMemo(() => labelOf(props.rows), [props.rows]);
  const col = useMemo(() => labelOf(props.columns), [props.columns]);
  return {
    row,
    col,
    cell: (rowId: string, columnId: string) => `${row(rowId)} – ${col(columnId)}`,
    change: (c: MatrixCellChange<S>) =>
      t.change(row(c.rowId), col(c.columnId), props.kind.states[c.to].label),
    failed: (c: MatrixCellChange<S>, why: string) => t.failed(row(c.rowId), col(c.columnId), why),
  };
}

function StagedMatrix<S extends string>(props: StagedMatrixProps<S>) {
  const t = useMatrixText();
  const labels = useLabels(props);
  const cells = useStagedCells<S>({
    getState: props.getState,
    save: props.save,
    groupLabel: (id, by) => (by === 'row' ? labels.row(id) : by === 'column' ? labels.col(id) : id),
  });
  return (
    <MatrixFrame
      {...props}
      view={cells.view}
      version={cells.version}
      busy={cells.saving}
      onChange={(changes) => {
        if (!cells.saving) cells.stage(changes);
      }}
      footer={
        <>
          <BulkProgress run={cells.bulk} label={t.savingChanges(cells.bulk.total)} />
          <SaveBar
            count={cells.count}
            saving={cells.saving}
            error={cells.error}
            onSave={() => void cells.save()}
            onDiscard={cells.discard}
          />
        </>
      }
    />
  );
}

function ImmediateMatrix<S extends string>(props: ImmediateMatrixProps<S>) {
  const t = useMatrixText();
  const labels = useLabels(props);
  const cells = useImmediateCells<S>({
    getState: props.getState,
    write: props.write,
    cellLabel: labels.cell,
    describeChange: props.describeChange ?? labels.change,
    describeFailure: props.describeFailure ?? labels.failed,
    undoLabel: t.undo,
    concurrency: props.concurrency,
  });
  const first = cells.bulk.results[0]?.item;
  return (
    <MatrixFrame
      {...props}
      view={cells.view}
      version={cells.version}
      busy={cells.bulk.status === 'running'}
      onChange={(changes) => {
        const [one] = changes;
        if (changes.length === 1 && one) void cells.set(one);
        else cells.setMany(changes);
      }}
      footer={
        <BulkProgress
          run={cells.bulk}
          label={t.applying(cells.bulk.total, first ? props.kind.states[first.to].label : '')}
        />
      }
    />
  );
}
