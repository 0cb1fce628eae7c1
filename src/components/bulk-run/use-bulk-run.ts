import { useCallback, useEffect, useRef, useState } from 'react';
import { mapLimit } from '@/lib/async/map-limit';
import { describeError } from '@/lib/http/errors';

export type BulkItemStatus = 'queued' | 'running' | 'ok' | 'failed' | 'cancelled';

export type BulkItemResult<T> = {
  key: string;
  label: string;
  item: T;
  status: BulkItemStatus;
  /** describeError() of the failure, for display. */
  error?: string;
  /** The thrown value itself, for callers that branch on the error class. */
  cause?: unknown;
};

export type BulkRunStatus = 'idle' | 'running' | 'done' | 'cancelled';

export type BulkRunOptions<T> = {
  /** One write. Throwing marks the item failed; the others go on. */
  run: (item: T) => Promise<unknown>;
  /** Stable id of an item (used for keys and to match a retry). */
  getKey: (item: T) => string;
  /** What the result list shows for the item, e.g. the user's name. */
  getLabel: (item: T) => string;
  /** Writes in flight at once; default 4. */
  concurrency?: number | undefined;
  /** Called after each item settles, e.g. to roll a cell back or invalidate a query. */
  onItemSettled?: ((result: BulkItemResult<T>) => void) | undefined;
  /** Called once a run (or retry) has settled every item it started. */
  onFinished?: ((results: readonly BulkItemResult<T>[]) => void) | undefined;
};

export type BulkRun<T> = {
  status: BulkRunStatus;
  total: number;
  ok: number;
  failed: number;
  cancelled: number;
  /** ok + failed: what the progress bar counts. */
  settled: number;
  /** One entry per item in input order. A fresh array on every change. */
  results: readonly BulkItemResult<T>[];
  /** Starts a run over `items`, replacing any finished one. Ignored while a run is going. */
  start: (items: readonly T[]) => Promise<readonly BulkItemResult<T>[]>;
  /** Runs the failed (and cancelled) items again; the ones that succeeded are kept. */
  retryFailed: () => Promise<readonly BulkItemResult<T>[]>;
  /** Stops starting new items; writes already sent finish and are reported. */
  cancel: () => void;
  /** Forgets the finished run (hides <BulkProgress>). */
  reset: () => void;
};

type Snapshot<T> = { status: BulkRunStatus; results: readonly BulkItemResult<T>[] };

const count = <T>(results: readonly BulkItemResult<T>[], s: BulkItemStatus) =>
  results.reduce((n, r) => (r.status === s ? n + 1 : n), 0);

/**
 * N writes with bounded concurrency and a result per item. Vendor APIs have no transactions across items,
 * so a bulk action is many calls: some succeed, some fail, and the user must see which and may retry them.
 * Results live in a ref and are published at most once per animation frame, so 100,000 items do not cost
 * 100,000 renders.
 */
export function useBulkRun<T>(options: BulkRunOptions<T>): BulkRun<T> {
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const live = useRef<BulkItemResult<T>[]>([]);
  const cancelled = useRef(false);
  const running = useRef(false);
  const [snap, setSnap] = useState<Snapshot<T>>({ status: 'idle', results: [] });
  const frame = useRef<number | null>(null);

  const publish = useCallback((status: BulkRunStatus, now = false) => {
    const flush = () => {
      frame.current = null;
      setSnap({ status, results: [...live.current] });
    };
    if (now || typeof requestAnimationFrame === 'undefined') {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      flush();
    } else frame.current ??= requestAnimationFrame(flush);
  }, []);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const runIndexes = useCallback(
    async (indexes: readonly number[]) => {
      running.current = true;
      cancelled.current = false;
      for (const i of indexes) {
        const r = live.current[i];
        if (r) live.current[i] = { key: r.key, label: r.label, item: r.item, status: 'queued' };
      }
      publish('running', true);
      await mapLimit(indexes, Math.max(1, opts.current.concurrency ?? 4), async (i) => {
        const queued = live.current[i];
        if (!queued) return;
        if (cancelled.current) {
          live.current[i] = { ...queued, status: 'cancelled' };
          return;
        }
        live.current[i] = { ...queued, status: 'running' };
        publish('running');
        let settled: BulkItemResult<T>;
        try {
          await opts.current.run(queued.item);
          settled = { ...queued, status: 'ok' };
        } catch (err) {
          settled = { ...queued, status: 'failed', error: describeError(err), cause: err };
        }
        live.current[i] = settled;
        opts.current.onItemSettled?.(settled);
        publish('running');
      });
      running.current = false;
      const results = [...live.current];
      // cancel() may have flipped the ref while the writes ran; TypeScript cannot see that.
      const stopped = cancelled.current as boolean;
      publish(stopped ? 'cancelled' : 'done', true);
      opts.current.onFinished?.(results);
      return results;
    },
    [publish],
  );

  const start = useCallback(
    (items: readonly T[]) => {
      if (running.current) return Promise.resolve(live.current);
      const { getKey, getLabel } = opts.current;
      live.current = items.map((item) => ({
        key: getKey(item),
        label: getLabel(item),
        item,
        status: 'queued',
      }));
      return runIndexes(items.map((_, i) => i));
    },
    [runIndexes],
  );

  const retryFailed = useCallback(() => {
    if (running.current) return Promise.resolve(live.current);
    const again = live.current.flatMap((r, i) =>
      r.status === 'failed' || r.status === 'cancelled' ? [i] : [],
    );
    return runIndexes(again);
  }, [runIndexes]);

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const reset = useCallback(() => {
    if (running.current) return;
    live.current = [];
    publish('idle', true);
  }, [publish]);

  const { results, status } = snap;
  const ok = count(results, 'ok');
  const failed = count(results, 'failed');
  return {
    status,
    total: results.length,
    ok,
    failed,
    cancelled: count(results, 'cancelled'),
    settled: ok + failed,
    results,
    start,
    retryFailed,
    cancel,
    reset,
  };
}
