import { describe, expect, it } from 'vitest';
import { cellValue, filterByLabel, togglePending, type Pending } from './pending-changes';

describe('togglePending', () => {
  it('records a flip and drops it when the cell returns to its saved value', () => {
    let p: Pending = new Map();
    p = togglePending(p, 'u1', 'admin', false);
    expect([...p.values()]).toEqual([{ rowId: 'u1', columnId: 'admin', checked: true }]);
    expect(cellValue(p, 'u1', 'admin', false)).toBe(true);
    p = togglePending(p, 'u1', 'admin', false);
    expect(p.size).toBe(0);
    expect(cellValue(p, 'u1', 'admin', false)).toBe(false);
  });

  it('unchecks a saved cell', () => {
    const p = togglePending(new Map(), 'u2', 'viewer', true);
    expect([...p.values()]).toEqual([{ rowId: 'u2', columnId: 'viewer', checked: false }]);
  });

  it('keeps ids that contain the separator-like characters apart', () => {
    let p: Pending = new Map();
    p = togglePending(p, 'a:b', 'c', false);
    p = togglePending(p, 'a', 'b:c', false);
    expect(p.size).toBe(2);
  });
});

describe('filterByLabel', () => {
  it('matches case-insensitively and treats blank as everything', () => {
    const items = [{ label: 'Alice' }, { label: 'bob' }];
    expect(filterByLabel(items, 'AL')).toEqual([{ label: 'Alice' }]);
    expect(filterByLabel(items, '  ')).toBe(items);
  });
});
