/** One relation: `from` includes `to`. */
export type Edge = { from: string; to: string; policy: 'ALLOW' | 'DENY'; conditions: number };

export const edgeKey = (e: { from: string; to: string }) => `${e.from}>${e.to}`;

/** `PARENT>CHILD` back into its two roles; role IDs cannot contain `>`. */
export function parseEdgeKey(key: string | null): { from: string; to: string } | null {
  const i = key?.indexOf('>') ?? -1;
  if (!key || i <= 0 || i === key.length - 1) return null;
  return { from: key.slice(0, i), to: key.slice(i + 1) };
}

/**
 * Layers by depth: a role sits one layer below the deepest role that includes it, so parents are always
 * above children. Relations are acyclic (ROLE refuses cycles); a guard keeps a broken tenant from looping.
 */
export function layers(nodes: readonly string[], edges: readonly Edge[]): string[][] {
  const depth = new Map(nodes.map((n) => [n, 0]));
  let passes = nodes.length;
  while (passes-- > 0) {
    let changed = false;
    for (const e of edges) {
      const d = (depth.get(e.from) ?? 0) + 1;
      if (depth.has(e.to) && d > (depth.get(e.to) ?? 0)) {
        depth.set(e.to, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const out: string[][] = [];
  for (const n of nodes) (out[depth.get(n) ?? 0] ??= []).push(n);
  return out.filter((l) => l.length > 0);
}

export const NODE = { w: 150, h: 36, gapX: 24, gapY: 64, pad: 8 };
/** Roles drawn side by side at most; a wider layer wraps onto more rows, still below its parents. */
export const MAX_PER_ROW = 8;

/**
 * Where each role is drawn, and the reading order: top layer first, left to right, which is also the order
 * keyboard focus visits the nodes.
 */
export function placeNodes(nodes: readonly string[], edges: readonly Edge[]) {
  const rows = layers(nodes, edges).flatMap((layer) =>
    Array.from({ length: Math.ceil(layer.length / MAX_PER_ROW) }, (_, i) =>
      layer.slice(i * MAX_PER_ROW, (i + 1) * MAX_PER_ROW),
    ),
  );
  const pos = new Map<string, { x: number; y: number }>();
  rows.forEach((row, r) =>
    row.forEach((n, c) =>
      pos.set(n, { x: c * (NODE.w + NODE.gapX) + NODE.pad, y: r * (NODE.h + NODE.gapY) + NODE.pad }),
    ),
  );
  return {
    pos,
    rows,
    order: rows.flat(),
    width: Math.max(...rows.map((r) => r.length), 1) * (NODE.w + NODE.gapX) + 2 * NODE.pad,
    height: Math.max(rows.length, 1) * (NODE.h + NODE.gapY) + 2 * NODE.pad,
  };
}

/** The role a navigation key moves to from `from`, or undefined when the key is not one or leads nowhere. */
export function stepFrom(
  layout: { rows: readonly string[][]; order: readonly string[]; pos: ReadonlyMap<string, { x: number }> },
  from: string,
  key: string,
): string | undefined {
  const i = layout.order.indexOf(from);
  if (i < 0) return undefined;
  if (key === 'ArrowRight') return layout.order[i + 1];
  if (key === 'ArrowLeft') return layout.order[i - 1];
  if (key === 'Home') return layout.order[0];
  if (key === 'End') return layout.order.at(-1);
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const r = layout.rows.findIndex((row) => row.includes(from));
  const row = layout.rows[key === 'ArrowUp' ? r - 1 : r + 1];
  const x = layout.pos.get(from)?.x ?? 0;
  const dist = (n: string) => Math.abs((layout.pos.get(n)?.x ?? 0) - x);
  return row?.reduce((best, n) => (dist(n) < dist(best) ? n : best));
}
