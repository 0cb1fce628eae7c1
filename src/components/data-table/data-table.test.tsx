import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { DataTable, useTableUrlState, type Column } from '.';
import { giveTablesLayout } from './testing/table-layout';

type User = { id: string; name: string; email: string };
const users: User[] = Array.from({ length: 120 }, (_, i) => ({
  id: `u${String(i)}`,
  name: `user-${String(i).padStart(3, '0')}`,
  email: `u${String(i)}@example.com`,
}));
const columns: Column<User>[] = [
  { id: 'name', header: 'Name', cell: (u) => u.name, value: (u) => u.name, sortable: true, hideable: false },
  { id: 'email', header: 'Email', cell: (u) => u.email, value: (u) => u.email },
];

let removeLayout: () => void;
beforeAll(() => {
  removeLayout = giveTablesLayout();
});
afterAll(() => removeLayout());
beforeEach(() => localStorage.clear());

function Location() {
  return <output aria-label="location">{useLocation().search}</output>;
}

function ClientTable({
  onRowOpen,
  onDelete,
}: {
  onRowOpen?: (u: User) => void;
  onDelete?: (ids: readonly string[]) => void;
}) {
  const [state, setState] = useTableUrlState('users', { pageSize: 0 });
  return (
    <DataTable
      tableId="users"
      label="Users"
      mode="client"
      columns={columns}
      rows={users}
      getRowId={(u) => u.id}
      rowName={(u) => u.name}
      state={state}
      onChange={setState}
      selectable
      height={360}
      {...(onRowOpen && { onRowOpen })}
      bulkActions={(ids, clear) => (
        <button
          type="button"
          onClick={() => {
            onDelete?.(ids);
            clear();
          }}
        >
          Delete selected
        </button>
      )}
    />
  );
}

const renderAt = (ui: React.ReactElement, url = '/') =>
  render(
    <MemoryRouter initialEntries={[url]}>
      {ui}
      <Location />
    </MemoryRouter>,
  );

describe('DataTable', () => {
  it('tells assistive technology the full size while rendering only a window of rows', () => {
    renderAt(<ClientTable />);
    const grid = screen.getByRole('grid', { name: 'Users' });
    expect(grid).toHaveAttribute('aria-rowcount', '121');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeInTheDocument();
  });

  it('sorts by a header and puts the sort in the URL', async () => {
    const user = userEvent.setup();
    renderAt(<ClientTable />);
    await user.click(screen.getByRole('button', { name: 'Name' }));
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    const firstRow = within(screen.getByRole('grid')).getAllByRole('row')[1];
    expect(firstRow).toHaveTextContent('user-119');
    expect(screen.getByRole('status', { name: 'location' })).toHaveTextContent('users.sort=-name');
  });

  it('restores search and sort from a link', () => {
    renderAt(<ClientTable />, '/?users.q=user-00&users.sort=-name');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('user-00');
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '11');
    expect(within(screen.getByRole('grid')).getAllByRole('row')[1]).toHaveTextContent('user-009');
  });

  it('hides a column and remembers only column ids', async () => {
    const user = userEvent.setup();
    renderAt(<ClientTable />);
    await user.click(screen.getByText('Columns', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    expect(screen.queryByRole('columnheader', { name: 'Email' })).not.toBeInTheDocument();
    expect(localStorage.getItem('tessera.table.users.hidden')).toBe('["email"]');
  });

  it('moves with arrow keys, selects with Space and opens with Enter', async () => {
    const user = userEvent.setup();
    const onRowOpen = vi.fn();
    renderAt(<ClientTable onRowOpen={onRowOpen} />);
    const grid = screen.getByRole('grid');
    grid.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
    expect(active).toHaveTextContent('user-002');
    await user.keyboard(' ');
    expect(active).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(onRowOpen).toHaveBeenCalledWith(users[2]);
    await user.keyboard('{End}');
    expect(document.getElementById(grid.getAttribute('aria-activedescendant') ?? '')).toHaveTextContent(
      'user-119',
    );
  });

  it('selects a range with shift-click and runs a bulk action', async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    renderAt(<ClientTable onDelete={onDelete} />);
    await user.click(screen.getByRole('checkbox', { name: 'Select user-001' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select user-004' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByRole('toolbar', { name: '4 selected' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(onDelete).toHaveBeenCalledWith(['u1', 'u2', 'u3', 'u4']);
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });

  it('selects every row on the page from the header', async () => {
    const user = userEvent.setup();
    renderAt(<ClientTable />);
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(screen.getByRole('toolbar', { name: '120 selected' })).toBeInTheDocument();
  });
});

describe('DataTable in server mode', () => {
  const base = {
    tableId: 'keys',
    label: 'Keys',
    columns,
    getRowId: (u: User) => u.id,
    state: { page: 2, pageSize: 25, sort: null, q: '', filters: {} },
  };

  it('asks the parent for the next page and numbers rows across pages', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DataTable {...base} rows={users.slice(25, 50)} total={120} onChange={onChange} />);
    expect(screen.getByText('26–50 of 120')).toBeInTheDocument();
    expect(within(screen.getByRole('grid')).getAllByRole('row')[1]).toHaveAttribute('aria-rowindex', '27');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onChange).toHaveBeenCalledWith({ ...base.state, page: 3 });
  });

  it('shows loading, error with retry, and empty states', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<DataTable {...base} rows={undefined} status="pending" onChange={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(
      <DataTable
        {...base}
        rows={undefined}
        status="error"
        error={new Error('Vendor down')}
        onRetry={onRetry}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Vendor down');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
    rerender(<DataTable {...base} rows={[]} total={0} empty={<p>No keys yet</p>} onChange={vi.fn()} />);
    expect(screen.getByText('No keys yet')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });
});
