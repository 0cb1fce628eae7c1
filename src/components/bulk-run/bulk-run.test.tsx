import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '@/lib/http/errors';
import { BulkProgress, useBulkRun, type BulkItemResult } from '.';

type Item = { id: string; name: string };
const items: Item[] = ['alice', 'bob', 'carol', 'dave', 'erin'].map((name, i) => ({
  id: String(i),
  name,
}));

/** A write per item that the test resolves or rejects by hand. */
function controlledWrites() {
  const waiting = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  let inFlight = 0;
  let peak = 0;
  const run = vi.fn(
    (item: Item) =>
      new Promise<void>((resolve, reject) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        const done = () => {
          inFlight--;
          waiting.delete(item.name);
        };
        waiting.set(item.name, {
          resolve: () => {
            done();
            resolve();
          },
          reject: (e) => {
            done();
            reject(e);
          },
        });
      }),
  );
  const settle = async (name: string, error?: Error) => {
    await waitFor(() => expect(waiting.has(name)).toBe(true));
    await act(async () => {
      const w = waiting.get(name);
      if (error === undefined) w?.resolve();
      else w?.reject(error);
      await Promise.resolve();
    });
  };
  return { run, settle, peak: () => peak };
}

function Harness(props: {
  run: (item: Item) => Promise<unknown>;
  onFinished?: (r: readonly BulkItemResult<Item>[]) => void;
}) {
  const bulk = useBulkRun<Item>({
    run: props.run,
    getKey: (i) => i.id,
    getLabel: (i) => i.name,
    concurrency: 2,
    onFinished: props.onFinished,
  });
  return (
    <>
      <button type="button" onClick={() => void bulk.start(items)}>
        Delete all
      </button>
      <BulkProgress run={bulk} label="Deleting users" />
    </>
  );
}

const forbidden = new HttpError(403, 'DELETE', '/u', {}, 'r', 'bob is protected', 'forbidden');

describe('useBulkRun + BulkProgress', () => {
  it('runs at most `concurrency` writes, counts done and failed, lists each item and retries the failed', async () => {
    const user = userEvent.setup();
    const w = controlledWrites();
    const onFinished = vi.fn();
    render(<Harness run={w.run} onFinished={onFinished} />);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    const bar = screen.getByRole('progressbar', { name: 'Deleting users' });
    expect(bar).toHaveAttribute('max', '5');
    await w.settle('alice');
    await w.settle('bob', forbidden);
    await waitFor(() => expect(bar).toHaveAttribute('value', '2'));
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 done · 1 failed');
    for (const name of ['carol', 'dave', 'erin']) await w.settle(name);
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(1));
    expect(w.peak()).toBe(2);
    expect(screen.getByRole('status')).toHaveTextContent('Finished: 5 of 5 done · 1 failed');

    const list = screen.getByRole('list', { name: 'Results' });
    const lines = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines[0]).toBe('bobbob is protected');
    expect(lines).toContain('aliceDone');
    expect(lines).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: 'Retry 1 failed' }));
    await w.settle('bob');
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(2));
    expect(w.run).toHaveBeenCalledTimes(6);
    expect(screen.getByRole('status')).toHaveTextContent('Finished: 5 of 5 done');
    expect(screen.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('cancels the items not yet started and lets the ones in flight finish', async () => {
    const user = userEvent.setup();
    const w = controlledWrites();
    const onFinished = vi.fn();
    render(<Harness run={w.run} onFinished={onFinished} />);
    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    await w.settle('alice');
    await user.click(screen.getByRole('button', { name: 'Cancel remaining' }));
    expect(screen.getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
    // bob and carol were already sent when Cancel was pressed.
    await w.settle('bob');
    await w.settle('carol');
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(1));
    expect(w.run.mock.calls.map(([i]) => i.name)).toEqual(['alice', 'bob', 'carol']);
    expect(screen.getByRole('status')).toHaveTextContent('Stopped: 3 of 5 done · 2 not run');
    const results = onFinished.mock.calls[0]?.[0] as BulkItemResult<Item>[];
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'cancelled', 'cancelled']);

    await user.click(screen.getByRole('button', { name: 'Run the 2 not done' }));
    await w.settle('dave');
    await w.settle('erin');
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(2));
    expect(screen.getByRole('status')).toHaveTextContent('Finished: 5 of 5 done');
  });
});
