import { describe, expect, it } from 'vitest';
import { applyClientState, nextSort } from './client-rows';
import { clickSelect, pageSelection, togglePage } from './selection';
import { defaultTableState, type Column, type TableState } from './types';
import { readTableState, writeTableState } from './url-state';

type User = { id: string; name: string; age: number; status: string };
const users: User[] = [
  { id: '1', name: 'carol', age: 41, status: 'active' },
  { id: '2', name: 'alice', age: 9, status: 'disabled' },
  { id: '3', name: 'Bob', age: 100, status: 'active' },
  { id: '4', name: 'dave', age: 25, status: 'active' },
];
const columns: Column<User>[] = [
  { id: 'name', header: 'Name', cell: (u) => u.name, value: (u) => u.name },
  { id: 'age', header: 'Age', cell: (u) => u.age, value: (u) => u.age },
  { id: 'status', header: 'Status', cell: (u) => u.status },
];
const state = (s: Partial<TableState>): TableState => ({ ...defaultTableState, ...s });
const names = (r: { rows: readonly User[] }) => r.rows.map((u) => u.name);

describe('applyClientState', () => {
  it('sorts text case-insensitively and numbers numerically, both directions', () => {
    expect(names(applyClientState(users, columns, state({ sort: { id: 'name', desc: false } })))).toEqual([
      'alice',
      'Bob',
      'carol',
      'dave',
    ]);
    expect(names(applyClientState(users, columns, state({ sort: { id: 'age', desc: true } })))).toEqual([
      'Bob',
      'carol',
      'dave',
      'alice',
    ]);
  });

  it('searches only columns with a value, then pages, and reports the filtered total', () => {
    const r = applyClientState(
      users,
      columns,
      state({ q: 'A', pageSize: 2, page: 2, sort: { id: 'name', desc: false } }),
    );
    expect(r.total).toBe(3);
    expect(names(r)).toEqual(['dave']);
    expect(applyClientState(users, columns, state({ q: 'active' })).total).toBe(0);
  });

  it('applies named filters through rowFilter', () => {
    const r = applyClientState(users, columns, state({ filters: { status: 'disabled' } }), (u, f) =>
      f.status ? u.status === f.status : true,
    );
    expect(names(r)).toEqual(['alice']);
  });

  it('shows every row when the page size is 0', () => {
    expect(applyClientState(users, columns, state({ pageSize: 0, page: 3 })).rows).toHaveLength(4);
  });
});

describe('nextSort', () => {
  it('cycles ascending, descending, none', () => {
    expect(nextSort(null, 'a')).toEqual({ id: 'a', desc: false });
    expect(nextSort({ id: 'a', desc: false }, 'a')).toEqual({ id: 'a', desc: true });
    expect(nextSort({ id: 'a', desc: true }, 'a')).toBeNull();
    expect(nextSort({ id: 'a', desc: true }, 'b')).toEqual({ id: 'b', desc: false });
  });
});

describe('URL state', () => {
  it('round-trips a view and keeps other parameters', () => {
    const s = state({
      page: 3,
      pageSize: 100,
      sort: { id: 'name', desc: true },
      q: 'ali ce',
      filters: { status: 'x' },
    });
    const params = writeTableState(
      new URLSearchParams('tab=keys&other.page=9'),
      'users',
      s,
      defaultTableState,
    );
    expect(params.get('tab')).toBe('keys');
    expect(params.get('other.page')).toBe('9');
    expect(params.get('users.sort')).toBe('-name');
    expect(readTableState(params, 'users', defaultTableState)).toEqual(s);
  });

  it('writes nothing for the default view', () => {
    expect(
      writeTableState(new URLSearchParams(), 'users', defaultTableState, defaultTableState).toString(),
    ).toBe('');
  });

  it('falls back to defaults on malformed values', () => {
    const params = new URLSearchParams('users.page=-2&users.size=99999&users.sort=%3Cscript%3E');
    const defaults = state({ sort: { id: 'name', desc: false } });
    expect(readTableState(params, 'users', defaults)).toEqual(defaults);
  });

  it('remembers that a default sort was switched off', () => {
    const defaults = state({ sort: { id: 'name', desc: false } });
    const params = writeTableState(new URLSearchParams(), 't', state({ sort: null }), defaults);
    expect(readTableState(params, 't', defaults).sort).toBeNull();
  });
});

describe('selection', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  it('toggles one row, then a shift range to the state of the clicked row', () => {
    let sel = clickSelect(new Set(), ids, 1, null, false);
    expect([...sel]).toEqual(['b']);
    sel = clickSelect(sel, ids, 3, 1, true);
    expect([...sel].sort()).toEqual(['b', 'c', 'd']);
    sel = clickSelect(sel, ids, 2, 3, true);
    expect([...sel].sort()).toEqual(['b']);
  });

  it('selects the page, or clears it when all are selected', () => {
    const all = togglePage(new Set(['x']), ids);
    expect(pageSelection(all, ids)).toBe('all');
    expect([...togglePage(all, ids)]).toEqual(['x']);
    expect(pageSelection(new Set(['a']), ids)).toBe('some');
    expect(pageSelection(new Set(), ids)).toBe('none');
  });
});
