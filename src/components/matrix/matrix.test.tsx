import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '@/lib/http/errors';
import { PermissionMatrix, type MatrixChange } from '.';
import { stubGridSize } from './testing/grid-size';

const rows = Array.from({ length: 200 }, (_, i) => ({ id: `u${String(i)}`, label: `user-${String(i)}` }));
const columns = [
  { id: 'admin', label: 'Admin' },
  { id: 'operator', label: 'Operator' },
  { id: 'viewer', label: 'Viewer' },
];
const saved = new Set(['u0/viewer', 'u1/admin']);
const isChecked = (r: string, c: string) => saved.has(`${r}/${c}`);

const restore = stubGridSize({ height: 340, width: 800 });
beforeAll(restore.install);
afterAll(restore.remove);

const cell = (name: string) => screen.getByRole('gridcell', { name });
const activeCell = () => {
  const grid = screen.getByRole('grid');
  const el = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
  if (!el) throw new Error('the active cell is not rendered');
  return el;
};

function renderMatrix(onSave: (c: MatrixChange[]) => unknown = vi.fn()) {
  return render(
    <PermissionMatrix
      label="Roles"
      rowHeader="User"
      rows={rows}
      columns={columns}
      isChecked={isChecked}
      onSave={onSave}
    />,
  );
}

describe('PermissionMatrix (staged, boolean)', () => {
  it('virtualises rows while announcing the full size, and names each cell with its state', () => {
    renderMatrix();
    const grid = screen.getByRole('grid', { name: 'Roles' });
    expect(grid).toHaveAttribute('aria-rowcount', '201');
    expect(grid).toHaveAttribute('aria-colcount', '4');
    expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
    expect(cell('user-0 – Viewer: Checked')).toHaveAttribute('aria-colindex', '4');
    expect(cell('user-0 – Admin: Not checked').closest('[role="row"]')).toHaveAttribute('aria-rowindex', '2');
    expect(grid.querySelectorAll('input')).toHaveLength(0);
  });

  it('collects changes, saves them together and clears the bar', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_c: MatrixChange[]) => Promise.resolve());
    renderMatrix(onSave);
    await user.click(cell('user-0 – Admin: Not checked'));
    await user.click(cell('user-1 – Admin: Checked'));
    expect(cell('user-0 – Admin: Checked (unsaved)')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '2 unsaved changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith([
      { rowId: 'u0', columnId: 'admin', checked: true },
      { rowId: 'u1', columnId: 'admin', checked: false },
    ]);
    expect(screen.queryByRole('region', { name: /unsaved/ })).not.toBeInTheDocument();
    // Accepted by the server: shown as saved until the caller's data catches up.
    expect(cell('user-0 – Admin: Checked')).toBeInTheDocument();
  });

  it('follows new saved data from the caller', () => {
    const { rerender } = renderMatrix();
    expect(cell('user-4 – Admin: Not checked')).toBeInTheDocument();
    rerender(
      <PermissionMatrix
        label="Roles"
        rowHeader="User"
        rows={rows}
        columns={columns}
        isChecked={(r, c) => r === 'u4' && c === 'admin'}
        onSave={vi.fn()}
      />,
    );
    expect(cell('user-4 – Admin: Checked')).toBeInTheDocument();
    expect(cell('user-0 – Viewer: Not checked')).toBeInTheDocument();
  });

  it('drops a change that returns a cell to its saved value', async () => {
    const user = userEvent.setup();
    renderMatrix();
    await user.click(cell('user-3 – Viewer: Not checked'));
    await user.click(cell('user-3 – Viewer: Checked (unsaved)'));
    expect(screen.queryByRole('region', { name: /unsaved/ })).not.toBeInTheDocument();
  });

  it('keeps the changes and shows the error when saving fails, and discards on demand', async () => {
    const user = userEvent.setup();
    const onSave = () =>
      Promise.reject(new HttpError(403, 'PUT', '/x', {}, 'r', 'Only admins can change roles', 'forbidden'));
    renderMatrix(onSave);
    await user.click(cell('user-2 – Operator: Not checked'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only admins can change roles');
    expect(cell('user-2 – Operator: Checked (unsaved)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(cell('user-2 – Operator: Not checked')).toBeInTheDocument();
  });

  it('moves with arrows, Home/End, Ctrl+Home/End and PageUp/Down, and toggles with Space and Enter', async () => {
    const user = userEvent.setup();
    renderMatrix();
    screen.getByRole('grid').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(activeCell()).toHaveAccessibleName('user-1 – Viewer: Not checked');
    await user.keyboard(' ');
    expect(activeCell()).toHaveAccessibleName('user-1 – Viewer: Checked (unsaved)');
    await user.keyboard('{Enter}');
    expect(activeCell()).toHaveAccessibleName('user-1 – Viewer: Not checked');
    await user.keyboard('{Home}');
    expect(activeCell()).toHaveAccessibleName('user-1 – Admin: Checked');
    await user.keyboard('{End}{ArrowLeft}');
    expect(activeCell()).toHaveAccessibleName('user-1 – Operator: Not checked');
    await user.keyboard('{PageDown}');
    const below = Number(activeCell().closest('[role="row"]')?.getAttribute('aria-rowindex'));
    expect(below).toBeGreaterThan(3);
    await user.keyboard('{PageUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(activeCell()).toHaveAccessibleName('user-0 – Operator: Not checked');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(activeCell()).toHaveAccessibleName('user-199 – Viewer: Not checked');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(activeCell()).toHaveAccessibleName('user-0 – Admin: Not checked');
  });

  it('filters rows and columns by label', async () => {
    const user = userEvent.setup();
    renderMatrix();
    await user.type(screen.getByRole('searchbox', { name: 'Filter rows' }), 'user-19');
    await user.type(screen.getByRole('searchbox', { name: 'Filter columns' }), 'adm');
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '12');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['User', 'Admin']);
  });
});
