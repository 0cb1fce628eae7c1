/** One node of a tree; its children are asked for only when it is expanded. */
export type TreeNode = {
  id: string;
  label: string;
  /** Known to have no children, so no expander is shown before anything is loaded. */
  leaf?: boolean;
};

/** Children of an expanded node: the nodes, still loading, or the reason they could not be loaded. */
export type TreeChildren = readonly TreeNode[] | 'loading' | { error: string };

export type VisibleNode = {
  node: TreeNode;
  level: number;
  parentId: string | undefined;
  setSize: number;
  posInSet: number;
  /** True when the node can be expanded (an expander is shown and aria-expanded is set). */
  expandable: boolean;
  expanded: boolean;
  children: TreeChildren | undefined;
};

/**
 * The rows a reader can reach in document order: roots, then the children of every expanded node. A node
 * whose loaded children are empty is a leaf from then on.
 */
export function visibleNodes(
  roots: readonly TreeNode[],
  expanded: ReadonlySet<string>,
  childrenOf: (id: string) => TreeChildren,
): VisibleNode[] {
  const out: VisibleNode[] = [];
  const seen = new Set<string>();
  const walk = (nodes: readonly TreeNode[], level: number, parentId: string | undefined) => {
    nodes.forEach((node, i) => {
      // A malformed graph (a cycle) must not hang the page: a node is shown once.
      if (seen.has(node.id)) return;
      seen.add(node.id);
      const isOpen = !node.leaf && expanded.has(node.id);
      const children = isOpen ? childrenOf(node.id) : undefined;
      const emptyLoaded = Array.isArray(children) && children.length === 0;
      out.push({
        node,
        level,
        parentId,
        setSize: nodes.length,
        posInSet: i + 1,
        expandable: !node.leaf && !emptyLoaded,
        expanded: isOpen && !emptyLoaded,
        children,
      });
      if (isOpen && Array.isArray(children)) walk(children as readonly TreeNode[], level + 1, node.id);
    });
  };
  walk(roots, 1, undefined);
  return out;
}
