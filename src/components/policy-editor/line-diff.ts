export type DiffLine = { kind: 'same' | 'add' | 'del'; text: string };

/**
 * A line diff by longest common subsequence. Policy documents are small; past `maxCells` the table would
 * cost too much, so the diff degrades to "everything removed, everything added".
 */
export function lineDiff(before: string, after: string, maxCells = 4_000_000): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > maxCells)
    return [
      ...a.map((text) => ({ kind: 'del' as const, text })),
      ...b.map((text) => ({ kind: 'add' as const, text })),
    ];
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] ?? '' });
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
      out.push({ kind: 'del', text: a[i++] ?? '' });
    else out.push({ kind: 'add', text: b[j++] ?? '' });
  }
  while (i < a.length) out.push({ kind: 'del', text: a[i++] ?? '' });
  while (j < b.length) out.push({ kind: 'add', text: b[j++] ?? '' });
  return out;
}
