/**
 * The resource tree is derived from uiPath (resource names joined by `/`), never stored: a node's parent is
 * its nearest existing ancestor, so deleting a middle node reattaches its children one level up.
 */

export const isRootUiPath = (uiPath: string) => uiPath === '/' || uiPath === '';

export function isAncestorUiPath(ancestor: string, descendant: string): boolean {
  if (ancestor === descendant) return false;
  if (isRootUiPath(ancestor)) return descendant.startsWith('/') || ancestor === '';
  return descendant.startsWith(`${ancestor}/`);
}

export function nearestAncestor<R extends { uiPath: string }>(node: R, all: readonly R[]): R | undefined {
  let best: R | undefined;
  for (const r of all) {
    if (isAncestorUiPath(r.uiPath, node.uiPath) && (!best || r.uiPath.length > best.uiPath.length)) best = r;
  }
  return best;
}

/** Siblings sort by priority (lower first), then uiPath, so trees render the same every time. */
export function siblingOrder<R extends { uiPath: string; priority: number }>(a: R, b: R): number {
  return a.priority - b.priority || (a.uiPath < b.uiPath ? -1 : a.uiPath > b.uiPath ? 1 : 0);
}

export type TreeNode<R> = { node: R; children: TreeNode<R>[] };

/** Builds the forest of `all`, children in sibling order. */
export function buildForest<R extends { uiPath: string; priority: number; resourceId: string }>(
  all: readonly R[],
): TreeNode<R>[] {
  const nodes = new Map(all.map((r) => [r.resourceId, { node: r, children: [] as TreeNode<R>[] }]));
  const roots: TreeNode<R>[] = [];
  for (const r of all) {
    const parent = nearestAncestor(r, all);
    const self = nodes.get(r.resourceId);
    if (!self) continue;
    const parentNode = parent ? nodes.get(parent.resourceId) : undefined;
    (parentNode ? parentNode.children : roots).push(self);
  }
  const sortDeep = (list: TreeNode<R>[]) => {
    list.sort((a, b) => siblingOrder(a.node, b.node));
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}

/** Rewrites a uiPath whose prefix moved from `from` to `to` (a rename of an ancestor). */
export function moveUiPath(uiPath: string, from: string, to: string): string {
  return uiPath === from ? to : uiPath.startsWith(`${from}/`) ? to + uiPath.slice(from.length) : uiPath;
}
