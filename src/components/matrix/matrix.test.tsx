import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '@/lib/http/errors';
import { PermissionMatrix, type MatrixChange } from '.';

const rows = Array.from({ length: 200 }, (_, i) => ({ id: `u${String(i)}`, label: `user-${String(i)}` }));
const columns = [
  { id: 'admin', label: 'Admin' },
  { id: 'operator', label: 'Operator' },
  { id: 'viewer', label: 'Viewer' },
];
const saved = new Set(['u0/viewer', 'u1/admin']);
const isChecked = (r: string, c: string) => saved.has(`${r}/${c}`);

const sizes = ['clientHeight', 'clientWidth'] as const;
beforeAll(() => {
  for (const p of sizes) {
    Object.defineProperty(HTMLElement.prototype, p, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('matrix-scroll') ? 340 : 0;
      },
    });
  }
});
afterAll(() => {
  for (const p of sizes) Reflect.deleteProperty(HTMLElement.prototype, p);
});

const activeCell = () => {
  const grid = screen.getByRole('grid');
  const cell = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
  if (!cell) throw new Error('the active cell is not rendered');
  return cell;
};

describe('PermissionMatrix', () => {
  it('virtualises rows while announcing the full size', () => {
    render(
      <PermissionMatrix
        label="Roles"
        rowHeader="User"
        rows={rows}
        columns={columns}
        isChecked={isChecked}
        onSave={vi.fn()}
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Roles' });
    expect(grid).toHaveAttribute('aria-rowcount', '201');
    expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
    expect(screen.getByRole('checkbox', { name: 'user-0: Viewer' })).toBeChecked();
  });

  it('collects changes, saves them together and clears the bar', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_c: MatrixChange[]) => Promise.resolve());
    render(
      <PermissionMatrix
        label="Roles"
        rowHeader="User"
        rows={rows}
        columns={columns}
        isChecked={isChecked}
        onSave={onSave}
      />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'user-0: Admin' }));
    await user.click(screen.getByRole('checkbox', { name: 'user-1: Admin' }));
    expect(screen.getByRole('region', { name: '2 unsaved changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith([
      { rowId: 'u0', columnId: 'admin', checked: true },
      { rowId: 'u1', columnId: 'admin', checked: false },
    ]);
    expect(screen.queryByRole('region', { name: /unsaved/ })).not.toBeInTheDocument();
  });

  it('keeps the changes and shows the error when saving fails, and discards on demand', async () => {
    const user = userEvent.setup();
    const onSave = () =>
      Promise.reject(new HttpError(403, 'PUT', '/x', {}, 'r', 'Only admins can change roles', 'forbidden'));
    render(
      <PermissionMatrix
        label="Roles"
        rowHeader="User"
        rows={rows}
        columns={columns}
        isChecked={isChecked}
        onSave={onSave}
      />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'user-2: Operator' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only admins can change roles');
    expect(screen.getByRole('checkbox', { name: 'user-2: Operator' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('checkbox', { name: 'user-2: Operator' })).not.toBeChecked();
  });

  it('moves between cells with arrow keys and flips with Space', async () => {
    const user = userEvent.setup();
    render(
      <PermissionMatrix
        label="Roles"
        rowHeader="User"
        rows={rows}
        columns={columns}
        isChecked={isChecked}
        onSave={vi.fn()}
      />,
    );
    screen.getByRole('grid').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    const cell = activeCell();
    const box = within(cell).getByRole('checkbox');
    expect(box).toHaveAccessibleName('user-1: Viewer');
    await user.keyboard(' ');
    expect(box).toBeChecked();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(within(activeCell()).getByRole('checkbox')).toHaveAccessibleName('user-199: Viewer');
  });

  it('filters rows and columns by label', async () => {
    const user = userEvent.setup();
    render(
      <PermissionMatrix
        label="Roles"
        rowHeader="User"
        rows={rows}
        columns={columns}
        isChecked={isChecked}
        onSave={vi.fn()}
      />,
    );
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
