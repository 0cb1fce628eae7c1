import { useId, useState } from 'react';
import type { BulkItemResult, BulkItemStatus, BulkRun } from './use-bulk-run';
import { useBulkRunText } from './bulk-run-text';

export type BulkProgressProps<T> = {
  /** What useBulkRun() returned. Nothing renders while it is idle. */
  run: BulkRun<T>;
  /** Names the action for the progress bar and the region, e.g. "Deleting 12 users". */
  label: string;
  /** After the run was forgotten with Close. */
  onClose?: (() => void) | undefined;
  /** Result rows rendered at most (failures first); default 200. */
  maxListed?: number | undefined;
};

// Failures first: with thousands of items the ones that need the user must not sit below the cut.
const order: Record<BulkItemStatus, number> = { failed: 0, cancelled: 1, running: 2, ok: 3, queued: 4 };

/**
 * The progress of a useBulkRun(): a labelled <progress>, counts announced politely, Cancel while it runs,
 * then one line per item (its label, Done or the error) with Retry failed and Close.
 */
export function BulkProgress<T>({ run, label, onClose, maxListed = 200 }: BulkProgressProps<T>) {
  const t = useBulkRunText();
  const headingId = useId();
  const [cancelAsked, setCancelAsked] = useState(false);
  if (run.status === 'idle') return null;
  const running = run.status === 'running';
  const outcome = (r: BulkItemResult<T>) =>
    r.status === 'ok'
      ? t.ok
      : r.status === 'failed'
        ? (r.error ?? '')
        : r.status === 'cancelled'
          ? t.notRun
          : r.status === 'running'
            ? t.working
            : t.waiting;
  const listed = run.results
    .filter((r) => r.status !== 'queued')
    .sort((a, b) => order[a.status] - order[b.status]);
  const shown = listed.slice(0, maxListed);

  return (
    <section className="bulk-progress stack" aria-labelledby={headingId} aria-busy={running || undefined}>
      <div className="row">
        <strong id={headingId}>{label}</strong>
        <span className="bulk-progress-spacer" />
        {running ? (
          <button
            type="button"
            className="btn"
            disabled={cancelAsked}
            onClick={() => {
              setCancelAsked(true);
              run.cancel();
            }}
          >
            {cancelAsked ? t.cancelling : t.cancel}
          </button>
        ) : (
          <>
            {run.failed + run.cancelled > 0 && (
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  setCancelAsked(false);
                  void run.retryFailed();
                }}
              >
                {run.cancelled > 0 ? t.resume(run.failed + run.cancelled) : t.retry(run.failed)}
              </button>
            )}
            <button
              type="button"
              className="btn"
              onClick={() => {
                setCancelAsked(false);
                run.reset();
                onClose?.();
              }}
            >
              {t.close}
            </button>
          </>
        )}
      </div>
      <progress aria-label={label} max={Math.max(1, run.total)} value={run.settled} />
      <p role="status" className="muted">
        {running ? '' : `${run.status === 'cancelled' ? t.stopped : t.finished}: `}
        {t.progress(run.settled, run.total)}
        {run.failed > 0 && ` · ${t.failedCount(run.failed)}`}
        {run.cancelled > 0 && ` · ${t.cancelledCount(run.cancelled)}`}
      </p>
      {shown.length > 0 && (
        <ul className="bulk-results" aria-label={t.results}>
          {shown.map((r) => (
            <li key={r.key} className={`bulk-result-${r.status}`}>
              <span className="bulk-result-label" title={r.label}>
                {r.label}
              </span>
              <span className="bulk-result-outcome">{outcome(r)}</span>
            </li>
          ))}
          {listed.length > shown.length && <li className="muted">{t.more(listed.length - shown.length)}</li>}
        </ul>
      )}
    </section>
  );
}
