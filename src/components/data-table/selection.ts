/**
 * Shift-click selection: every row between the anchor and the clicked row takes the clicked row's new
 * state, as in file managers. Without an anchor it is a plain toggle.
 */
export function clickSelect(
  selected: ReadonlySet<string>,
  ids: readonly string[],
  index: number,
  anchor: number | null,
  shift: boolean,
): Set<string> {
  const next = new Set(selected);
  const id = ids[index];
  if (id === undefined) return next;
  const value = !selected.has(id);
  const [from, to] =
    shift && anchor !== null ? [Math.min(anchor, index), Math.max(anchor, index)] : [index, index];
  for (let i = from; i <= to; i++) {
    const rowId = ids[i];
    if (rowId === undefined) continue;
    if (value) next.add(rowId);
    else next.delete(rowId);
  }
  return next;
}

/** The header checkbox: selects every row of the page unless all are already selected. */
export function togglePage(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const next = new Set(selected);
  const all = ids.length > 0 && ids.every((id) => selected.has(id));
  for (const id of ids) {
    if (all) next.delete(id);
    else next.add(id);
  }
  return next;
}

export function pageSelection(
  selected: ReadonlySet<string>,
  ids: readonly string[],
): 'none' | 'some' | 'all' {
  let n = 0;
  for (const id of ids) if (selected.has(id)) n++;
  return n === 0 ? 'none' : n === ids.length ? 'all' : 'some';
}
