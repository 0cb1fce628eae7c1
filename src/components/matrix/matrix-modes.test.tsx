import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Toaster, dismissToast } from '@/components/toast';
import { getToasts } from '@/components/toast/toast-store';
import { HttpError } from '@/lib/http/errors';
import { Matrix, booleanCells, type CellKind, type MatrixCellChange } from '.';
import { stubGridSize } from './testing/grid-size';

const size = stubGridSize({ height: 340, width: 800 });
beforeAll(size.install);
afterAll(size.remove);
afterEach(() => {
  for (const t of getToasts()) dismissToast(t.id);
});

const cell = (name: string | RegExp) => screen.getByRole('gridcell', { name });
const users = ['alice', 'bob', 'carol'].map((n) => ({ id: n, label: n }));
const roles = ['Admin', 'Viewer'].map((n) => ({ id: n.toLowerCase(), label: n }));
const denied = new HttpError(400, 'POST', '/x', {}, 'r', 'Too many policies', 'bad');

type Role = 'allow' | 'deny' | 'inherited' | 'none';
const roleCells: CellKind<Role> = {
  states: {
    allow: { label: 'Allowed', glyph: 'A', className: 'role-allow' },
    deny: { label: 'Denied', glyph: 'D' },
    inherited: { label: 'Inherited', glyph: 'i', className: 'role-inherited' },
    none: { label: 'None', glyph: '' },
  },
  next: (s) => (s === 'allow' ? 'deny' : s === 'deny' ? 'none' : 'allow'),
  settable: ['allow', 'deny', 'none'],
};

/** A fake server: a set of "row/column" grants that `write` changes, failing for the listed rows. */
function Server(props: {
  failFor?: string[];
  write?: (c: MatrixCellChange<'checked' | 'unchecked'>) => void;
}) {
  const [granted, setGranted] = useState(new Set(['alice/admin']));
  const kind = booleanCells({ checked: 'Attached', unchecked: 'Not attached' });
  return (
    <>
      <Matrix
        mode="immediate"
        label="Attachments"
        rowHeader="User"
        rows={users}
        columns={roles}
        kind={kind}
        getState={(r, c) => (granted.has(`${r}/${c}`) ? 'checked' : 'unchecked')}
        write={async (change) => {
          props.write?.(change);
          await Promise.resolve();
          if (props.failFor?.includes(change.rowId)) throw denied;
          setGranted((g) => {
            const next = new Set(g);
            if (change.to === 'checked') next.add(`${change.rowId}/${change.columnId}`);
            else next.delete(`${change.rowId}/${change.columnId}`);
            return next;
          });
        }}
      />
      <Toaster />
    </>
  );
}

describe('Matrix, immediate', () => {
  it('writes a click at once and offers Undo, which writes the old value back', async () => {
    const user = userEvent.setup();
    const write = vi.fn((_c: MatrixCellChange<'checked' | 'unchecked'>) => undefined);
    render(<Server write={write} />);
    await user.click(cell('bob – Viewer: Not attached'));
    expect(await screen.findByText('bob – Viewer: Attached.')).toBeInTheDocument();
    expect(cell('bob – Viewer: Attached')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cell('bob – Viewer: Not attached')).toBeInTheDocument());
    expect(write.mock.calls.map(([c]) => c)).toEqual([
      { rowId: 'bob', columnId: 'viewer', from: 'unchecked', to: 'checked' },
      { rowId: 'bob', columnId: 'viewer', from: 'checked', to: 'unchecked' },
    ]);
  });

  it('rolls a cell back and keeps the error on the cell when the write fails', async () => {
    const user = userEvent.setup();
    const write = vi.fn();
    render(<Server failFor={['carol']} write={write} />);
    await user.click(cell('carol – Admin: Not attached'));
    await waitFor(() =>
      expect(cell('carol – Admin: Not attached. Failed: Too many policies')).toHaveClass('mx-error'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('carol – Admin: Too many policies');
    // A new click clears the error and tries again.
    await user.click(cell(/^carol – Admin/));
    await waitFor(() => expect(write).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(cell(/^carol – Admin: Not attached\. Failed/)).toBeInTheDocument());
  });

  it('marks a cell pending (aria-busy) while its write is in flight and ignores clicks on it', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    const write = vi.fn(() => new Promise<void>((r) => (finish = r)));
    render(
      <Matrix
        mode="immediate"
        label="Attachments"
        rowHeader="User"
        rows={users}
        columns={roles}
        kind={booleanCells({ checked: 'On', unchecked: 'Off' })}
        getState={() => 'unchecked'}
        write={write}
      />,
    );
    await user.click(cell('alice – Admin: Off'));
    const busy = cell('alice – Admin: On (saving)');
    expect(busy).toHaveAttribute('aria-busy', 'true');
    await user.click(busy);
    expect(write).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    await waitFor(() => expect(cell('alice – Admin: On')).not.toHaveAttribute('aria-busy'));
  });

  it('sets a whole column through a bulk run with progress and per-item results', async () => {
    const user = userEvent.setup();
    render(<Server failFor={['bob']} />);
    await user.click(screen.getByRole('columnheader', { name: 'Viewer' }));
    await user.click(screen.getByRole('button', { name: 'Set all shown in column Viewer to Attached' }));
    const progress = await screen.findByRole('progressbar', { name: 'Setting 3 cells to Attached' });
    await waitFor(() => expect(progress).toHaveAttribute('value', '3'));
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getByText('bob – Viewer').nextSibling).toHaveTextContent('Too many policies');
    expect(cell('alice – Viewer: Attached')).toBeInTheDocument();
    expect(cell('bob – Viewer: Not attached. Failed: Too many policies')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry 1 failed' })).toBeInTheDocument();
  });
});

describe('Matrix, multi-state and staged per group', () => {
  it('cycles the direct grant, draws inherited differently, and saves per row with partial failure', async () => {
    const user = userEvent.setup();
    const saved: Record<string, Role> = { 'alice/admin': 'inherited', 'bob/admin': 'allow' };
    const save = vi.fn((changes: MatrixCellChange<Role>[], rowId: string) =>
      rowId === 'bob' ? Promise.reject(denied) : Promise.resolve(changes),
    );
    render(
      <Matrix
        mode="staged"
        label="Roles"
        rowHeader="User"
        rows={users}
        columns={roles}
        kind={roleCells}
        getState={(r, c) => saved[`${r}/${c}`] ?? 'none'}
        cellDisabled={(r, c) => (r === 'carol' && c === 'admin' ? 'System managed' : undefined)}
        save={{ saveEach: { by: 'row', save } }}
      />,
    );
    expect(cell('alice – Admin: Inherited')).toHaveClass('role-inherited');
    await user.click(cell('alice – Admin: Inherited'));
    await user.click(cell('alice – Admin: Allowed (unsaved)'));
    expect(cell('alice – Admin: Denied (unsaved)')).toBeInTheDocument();
    await user.click(cell('alice – Viewer: None'));
    await user.click(cell('bob – Admin: Allowed'));
    await user.click(cell('carol – Admin: None. Read-only: System managed'));
    expect(screen.getByRole('region', { name: '3 unsaved changes' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Finished: 2 of 2 done · 1 failed'),
    );
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[0]).toEqual([
      [
        { rowId: 'alice', columnId: 'admin', from: 'inherited', to: 'deny' },
        { rowId: 'alice', columnId: 'viewer', from: 'none', to: 'allow' },
      ],
      'alice',
    ]);
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getByText('bob').nextSibling).toHaveTextContent('Too many policies');
    // alice's row was accepted; bob's change stays staged with its error.
    expect(cell('alice – Admin: Denied')).toBeInTheDocument();
    expect(cell('bob – Admin: Denied (unsaved). Failed: Too many policies')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '1 unsaved change' })).toBeInTheDocument();
  });

  it('renders only the columns in view out of hundreds, with their aria-colindex', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `c${String(i)}`, label: `col-${String(i)}` }));
    render(
      <Matrix
        mode="staged"
        label="Wide"
        rowHeader="User"
        rows={users}
        columns={many}
        kind={booleanCells({ checked: 'On', unchecked: 'Off' })}
        getState={() => 'unchecked'}
        save={{ onSave: vi.fn() }}
        rowHeaderWidth={200}
        columnWidth={100}
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Wide' });
    expect(grid).toHaveAttribute('aria-colcount', '501');
    const headers = within(grid).getAllByRole('columnheader');
    // 800px viewport: the row header, about 6 columns in view and a small overscan.
    expect(headers.length).toBeGreaterThan(5);
    expect(headers.length).toBeLessThan(15);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(3 * (headers.length - 1));
    expect(headers[1]).toHaveAttribute('aria-colindex', '2');
  });

  it('draws a loading row as loading cells that cannot be changed', async () => {
    const user = userEvent.setup();
    render(
      <Matrix
        mode="staged"
        label="Roles"
        rowHeader="User"
        rows={[{ id: 'alice', label: 'alice', loading: true }, ...users.slice(1)]}
        columns={roles}
        kind={roleCells}
        getState={() => 'none'}
        save={{ onSave: vi.fn() }}
      />,
    );
    const loading = cell('alice – Admin: Loading');
    expect(loading).toHaveClass('mx-loading');
    expect(loading).toHaveAttribute('aria-readonly', 'true');
    await user.click(loading);
    expect(screen.queryByRole('region', { name: /unsaved/ })).not.toBeInTheDocument();
  });
});
