import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConnectionContext } from '@/lib/connection-context';
import { Toaster } from '../toast';
import { useConnectionMutation, type ConnectionMutationDefinition } from '.';

const CONNECTION = { id: 'c7', vendor: 'x', name: 'X', settings: {} };

function setup(def: ConnectionMutationDefinition<string, number>, options = {}) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={qc}>
      <ConnectionContext.Provider value={CONNECTION}>{children}</ConnectionContext.Provider>
    </QueryClientProvider>
  );
  render(<Toaster />);
  const hook = renderHook(() => useConnectionMutation(def, options), { wrapper });
  return { qc, hook };
}

afterEach(() => {
  for (const el of screen.queryAllByRole('button', { name: 'Dismiss notification' })) el.click();
  cleanup();
  vi.restoreAllMocks();
});

describe('useConnectionMutation', () => {
  it('runs on the current connection, updates the cache, says so, then invalidates what it names', async () => {
    const steps: string[] = [];
    const onSuccess = vi.fn(() => steps.push('caller'));
    const { qc, hook } = setup(
      {
        run: (c, v) => Promise.resolve(`${c}:${String(v)}`),
        update: (c, v, client, result) => {
          steps.push('update');
          client.setQueryData([c, 'last'], result);
        },
        success: (v, result) => `Saved ${String(v)} as ${result}`,
        invalidates: (c) => {
          steps.push('invalidate');
          return [[c, 'list']];
        },
      },
      { onSuccess },
    );
    qc.setQueryData(['c7', 'list'], ['old']);
    await act(() => hook.result.current.mutateAsync(5));
    expect(qc.getQueryData(['c7', 'last'])).toBe('c7:5');
    expect(screen.getByRole('status')).toHaveTextContent('Saved 5 as c7:5');
    expect(onSuccess).toHaveBeenCalledWith('c7:5', 5);
    expect(steps).toEqual(['update', 'caller', 'invalidate']);
    expect(qc.getQueryState(['c7', 'list'])?.isInvalidated).toBe(true);
  });

  it('shows the error as a toast unless the caller handles it', async () => {
    const run = () => Promise.reject(new Error('Quota exceeded'));
    const first = setup({ run, invalidates: () => [] });
    await act(() => first.hook.result.current.mutateAsync(1).catch(() => undefined));
    expect(screen.getByRole('alert')).toHaveTextContent('Quota exceeded');
    for (const el of screen.getAllByRole('button', { name: 'Dismiss notification' })) el.click();
    cleanup();

    const onError = vi.fn();
    const second = setup({ run, invalidates: () => [] }, { onError });
    await act(() => second.hook.result.current.mutateAsync(2).catch(() => undefined));
    expect(onError).toHaveBeenCalledWith(expect.any(Error), 2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps nothing of a mutation whose result is a secret', async () => {
    const { qc, hook } = setup(
      { run: () => Promise.resolve('s3cr3t'), invalidates: () => [] },
      { secret: true },
    );
    await act(() => hook.result.current.mutateAsync(1));
    const [mutation] = qc.getMutationCache().getAll();
    expect(mutation?.options.gcTime).toBe(0);
  });
});
