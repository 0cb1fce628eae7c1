/** One relation: `from` includes `to`. */
export type Edge = { from: string; to: string; policy: 'ALLOW' | 'DENY'; conditions: number };

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
