import { useCallback, useEffect, useRef, useState } from 'react';
import { useBulkRun, type BulkRun } from '@/components/bulk-run';
import type { MatrixCellChange } from './cell-kinds';
import { cellKey, shown, useCellMaps, type Accepted } from './cell-store';

/** How staged changes are sent: all in one call, or one call per row / column / cell with per-item results. */
export type StagedSave<S extends string> =
  | { onSave: (changes: MatrixCellChange<S>[]) => unknown }
  | {
      /** One call per group, e.g. NHN ROLE's read-modify-PUT per user is `by: 'row'`. */
      saveEach: {
        by: 'row' | 'column' | 'cell';
        save: (changes: MatrixCellChange<S>[], groupId: string) => Promise<unknown>;
        concurrency?: number | undefined;
      };
    };

export type StagedCellsOptions<S extends string> = {
  getState: (rowId: string, columnId: string) => S;
  save: StagedSave<S>;
  /** Names a group for the result list: a row's or column's label, or "row – column" for a cell. */
  groupLabel: (groupId: string, by: 'row' | 'column' | 'cell') => string;
};

export type StagedCells<S extends string> = {
  view: (rowId: string, columnId: string) => { state: S; changed: boolean; error: string | undefined };
  /** Stages one change; a change back to the saved value is dropped, so `count` is what Save sends. */
  stage: (changes: readonly MatrixCellChange<S>[]) => void;
  count: number;
  saving: boolean;
  /** The error of a one-call save (per-item errors are in `bulk` and on the cells). */
  error: unknown;
  save: () => Promise<void>;
  discard: () => void;
  /** Per-item progress when saving with `saveEach`; idle otherwise. */
  bulk: BulkRun<string>;
  version: number;
};

const groupOf = (c: { rowId: string; columnId: string }, by: 'row' | 'column' | 'cell') =>
  by === 'row' ? c.rowId : by === 'column' ? c.columnId : cellKey(c.rowId, c.columnId);

/** Changes collected in the browser and saved together; what failed stays staged with its error. */
export function useStagedCells<S extends string>(options: StagedCellsOptions<S>): StagedCells<S> {
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const staged = useCellMaps<MatrixCellChange<S>>();
  const errors = useCellMaps<string>();
  const accepted = useCellMaps<Accepted<S>>();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const saved = (rowId: string, columnId: string) =>
    shown(opts.current.getState(rowId, columnId), accepted.map.get(cellKey(rowId, columnId)));
  const accept = (changes: Iterable<MatrixCellChange<S>>) => {
    for (const c of changes) {
      const key = cellKey(c.rowId, c.columnId);
      staged.map.delete(key);
      errors.map.delete(key);
      accepted.map.set(key, { seen: opts.current.getState(c.rowId, c.columnId), to: c.to });
    }
    staged.bump();
    errors.bump();
    accepted.bump();
  };
  // Cell keys per group, indexed when a save or retry starts: scanning every staged change for each of
  // 100,000 groups would be quadratic.
  const groups = useRef(new Map<string, string[]>());
  const index = () => {
    const save = opts.current.save;
    const by = 'saveEach' in save ? save.saveEach.by : 'cell';
    groups.current = new Map();
    for (const [key, c] of staged.map) {
      const g = groupOf(c, by);
      const keys = groups.current.get(g);
      if (keys) keys.push(key);
      else groups.current.set(g, [key]);
    }
    return [...groups.current.keys()];
  };
  const inGroup = (groupId: string) =>
    (groups.current.get(groupId) ?? []).flatMap((key) => {
      const c = staged.map.get(key);
      return c ? [c] : [];
    });

  const bulk = useBulkRun<string>({
    // Each group reads the staged changes when it runs, so a retry sends what is staged now.
    run: (groupId) => {
      const save = opts.current.save;
      if (!('saveEach' in save)) return Promise.resolve();
      const changes = inGroup(groupId);
      return changes.length === 0 ? Promise.resolve() : Promise.resolve(save.saveEach.save(changes, groupId));
    },
    getKey: (g) => g,
    getLabel: (g) => {
      const save = opts.current.save;
      return opts.current.groupLabel(g, 'saveEach' in save ? save.saveEach.by : 'cell');
    },
    concurrency: 'saveEach' in options.save ? options.save.saveEach.concurrency : undefined,
    onItemSettled: (r) => {
      const changes = inGroup(r.key);
      if (r.status === 'ok') accept(changes);
      else if (r.error !== undefined) {
        for (const c of changes) errors.map.set(cellKey(c.rowId, c.columnId), r.error);
        errors.bump();
      }
    },
  });

  const stage = useCallback((changes: readonly MatrixCellChange<S>[]) => {
    for (const c of changes) {
      const key = cellKey(c.rowId, c.columnId);
      errors.map.delete(key);
      const from = saved(c.rowId, c.columnId);
      if (c.to === from) staged.map.delete(key);
      else staged.map.set(key, { ...c, from });
    }
    staged.bump(true);
    errors.bump();
  }, []);

  const saving = sending || bulk.status === 'running';
  const save = async () => {
    if (saving || staged.map.size === 0) return;
    setError(null);
    const how = opts.current.save;
    if ('saveEach' in how) {
      await bulk.start(index());
      return;
    }
    const changes = [...staged.map.values()];
    setSending(true);
    try {
      await how.onSave(changes);
      accept(changes);
    } catch (err) {
      setError(err ?? new Error('Saving failed.'));
    } finally {
      setSending(false);
    }
  };

  return {
    view: (rowId, columnId) => {
      const key = cellKey(rowId, columnId);
      const change = staged.map.get(key);
      return {
        // This render's getState: the ref only catches up after the render.
        state: change?.to ?? shown(options.getState(rowId, columnId), accepted.map.get(key)),
        changed: change !== undefined,
        error: errors.map.get(key),
      };
    },
    stage,
    count: staged.map.size,
    saving,
    error,
    save,
    discard: () => {
      staged.map.clear();
      errors.map.clear();
      setError(null);
      staged.bump(true);
      errors.bump(true);
      bulk.reset();
    },
    bulk: {
      ...bulk,
      retryFailed: () => {
        index();
        return bulk.retryFailed();
      },
    },
    version: staged.version + errors.version + accepted.version,
  };
}
