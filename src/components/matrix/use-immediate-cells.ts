import { useCallback, useEffect, useRef } from 'react';
import { useBulkRun, type BulkRun } from '@/components/bulk-run';
import { toast } from '@/components/toast';
import { describeError } from '@/lib/http/errors';
import type { MatrixCellChange } from './cell-kinds';
import { cellKey, shown, useCellMaps, type Accepted } from './cell-store';

export type ImmediateCellsOptions<S extends string> = {
  /** The saved value of a cell, from the caller's (server) data. */
  getState: (rowId: string, columnId: string) => S;
  /** Writes one cell. Rejecting rolls the cell back and keeps the error on it. */
  write: (change: MatrixCellChange<S>) => Promise<unknown>;
  /** Names a cell for toasts and the bulk result list, e.g. "alice – Admin". */
  cellLabel: (rowId: string, columnId: string) => string;
  /** The success toast of a single click; an Undo action is added to it. */
  describeChange: (change: MatrixCellChange<S>) => string;
  /** The error toast of a single click. */
  describeFailure: (change: MatrixCellChange<S>, why: string) => string;
  undoLabel: string;
  /** Writes in flight at once during a bulk change; default 4. */
  concurrency?: number | undefined;
};

export type ImmediateCells<S extends string> = {
  /** What a cell shows: the wanted value while its write runs, the saved one after a failure. */
  view: (rowId: string, columnId: string) => { state: S; pending: boolean; error: string | undefined };
  /** Writes one cell now; a success toast offers Undo. Ignored while that cell is being written. */
  set: (change: MatrixCellChange<S>) => Promise<void>;
  /** Writes many cells with bounded concurrency; show `bulk` with <BulkProgress>. */
  setMany: (changes: readonly MatrixCellChange<S>[]) => void;
  bulk: BulkRun<MatrixCellChange<S>>;
  /** Changes whenever any cell's view may have changed (for memoisation). */
  version: number;
};

/**
 * Cells that write on click: pending while the write runs, rolled back with the error kept on the cell when
 * it fails, and an Undo toast when it succeeds.
 */
export function useImmediateCells<S extends string>(options: ImmediateCellsOptions<S>): ImmediateCells<S> {
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const pending = useCellMaps<S>();
  const errors = useCellMaps<string>();
  const accepted = useCellMaps<Accepted<S>>();

  const begin = (c: MatrixCellChange<S>) => {
    const key = cellKey(c.rowId, c.columnId);
    pending.map.set(key, c.to);
    errors.map.delete(key);
  };
  const settle = (c: MatrixCellChange<S>, error: unknown, ok: boolean) => {
    const key = cellKey(c.rowId, c.columnId);
    pending.map.delete(key);
    if (ok) accepted.map.set(key, { seen: opts.current.getState(c.rowId, c.columnId), to: c.to });
    else if (error !== undefined) errors.map.set(key, describeError(error));
    pending.bump();
    errors.bump();
    accepted.bump();
  };

  const set = async (change: MatrixCellChange<S>, offerUndo = true): Promise<void> => {
    if (pending.map.has(cellKey(change.rowId, change.columnId))) return;
    begin(change);
    pending.bump(true);
    try {
      await opts.current.write(change);
      settle(change, undefined, true);
      if (offerUndo) {
        const back = { ...change, from: change.to, to: change.from };
        toast.success(opts.current.describeChange(change), {
          action: { label: opts.current.undoLabel, run: () => void set(back, false) },
        });
      }
    } catch (err) {
      settle(change, err ?? new Error('The write failed.'), false);
      toast.error(opts.current.describeFailure(change, describeError(err)));
    }
  };

  const bulk = useBulkRun<MatrixCellChange<S>>({
    run: (c) => opts.current.write(c),
    getKey: (c) => cellKey(c.rowId, c.columnId),
    getLabel: (c) => opts.current.cellLabel(c.rowId, c.columnId),
    concurrency: options.concurrency,
    onItemSettled: (r) => settle(r.item, r.cause, r.status === 'ok'),
    onFinished: (results) => {
      for (const r of results) if (r.status === 'cancelled') pending.map.delete(r.key);
      pending.bump(true);
    },
  });
  const { start, retryFailed } = bulk;
  const setMany = useCallback(
    (changes: readonly MatrixCellChange<S>[]) => {
      if (bulk.status === 'running' || changes.length === 0) return;
      for (const c of changes) begin(c);
      pending.bump(true);
      void start(changes);
    },
    [bulk.status, start],
  );
  // A retry marks the failed cells pending again before the bulk run writes them.
  const retry = useCallback(() => {
    for (const r of bulk.results) if (r.status === 'failed' || r.status === 'cancelled') begin(r.item);
    pending.bump(true);
    return retryFailed();
  }, [bulk.results, retryFailed]);

  return {
    view: (rowId, columnId) => {
      const key = cellKey(rowId, columnId);
      const want = pending.map.get(key);
      return {
        // This render's getState: the ref only catches up after the render.
        state: want ?? shown(options.getState(rowId, columnId), accepted.map.get(key)),
        pending: want !== undefined,
        error: errors.map.get(key),
      };
    },
    set: (change) => set(change),
    setMany,
    bulk: { ...bulk, retryFailed: retry },
    version: pending.version + errors.version * 7 + accepted.version * 13,
  };
}
