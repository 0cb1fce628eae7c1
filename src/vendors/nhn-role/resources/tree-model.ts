import { isAncestorUiPath, isRootUiPath } from '../engine/tree';
import type { ResourceHierarchyProtocol, ResourceProtocol } from '../wire/resources';

/** The resource forest as ROLE's hierarchy search returns it, indexed for the tree, dialogs and matrix. */
export type ResourceTree = {
  byId: ReadonlyMap<string, ResourceProtocol>;
  roots: readonly string[];
  childrenOf: (id: string) => readonly string[];
  parentOf: (id: string) => string | undefined;
};

export function indexTree(forest: readonly ResourceHierarchyProtocol[]): ResourceTree {
  const byId = new Map<string, ResourceProtocol>();
  const children = new Map<string, string[]>();
  const parent = new Map<string, string>();
  const walk = (nodes: readonly ResourceHierarchyProtocol[], parentId: string | undefined): string[] =>
    nodes.map((n) => {
      const { resources, ...resource } = n;
      byId.set(n.resourceId, resource);
      if (parentId !== undefined) parent.set(n.resourceId, parentId);
      children.set(n.resourceId, walk(resources ?? [], n.resourceId));
      return n.resourceId;
    });
  const roots = walk(forest, undefined);
  return {
    byId,
    roots,
    childrenOf: (id) => children.get(id) ?? [],
    parentOf: (id) => parent.get(id),
  };
}

/** Every node below `id`, in tree order. */
export function descendantsOf(tree: ResourceTree, id: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const c of tree.childrenOf(at)) {
      out.push(c);
      walk(c);
    }
  };
  walk(id);
  return out;
}

/** The chain from the top of the tree down to the parent of `id`. */
export function ancestorsOf(tree: ResourceTree, id: string): string[] {
  const out: string[] = [];
  for (let p = tree.parentOf(id); p !== undefined; p = tree.parentOf(p)) out.unshift(p);
  return out;
}

/**
 * The ancestors a grant with `propagation` is copied to: ROLE writes it on every uiPath ancestor except a
 * root node (uiPath `/` or empty), and leaves the grant where it already exists.
 */
export function propagationTargets(tree: ResourceTree, id: string): ResourceProtocol[] {
  const self = tree.byId.get(id);
  if (!self) return [];
  return ancestorsOf(tree, id)
    .map((a) => tree.byId.get(a))
    .filter(
      (r): r is ResourceProtocol =>
        r !== undefined && isAncestorUiPath(r.uiPath, self.uiPath) && !isRootUiPath(r.uiPath),
    );
}

/** The last uiPath segment: a node's own part of its tree position. */
export const lastSegment = (uiPath: string) => uiPath.slice(uiPath.lastIndexOf('/') + 1);

/** The uiPath a node's own segment hangs from (undefined for a top-level node). */
export function uiPathPrefix(uiPath: string): string | undefined {
  const at = uiPath.lastIndexOf('/');
  return at <= 0 ? undefined : uiPath.slice(0, at);
}

/** A child's uiPath: its parent's (none for a top-level node) and its own segment, joined by `/`. */
export function childUiPath(parentUiPath: string | undefined, segment: string): string {
  if (parentUiPath === undefined || isRootUiPath(parentUiPath)) return `/${segment}`;
  return `${parentUiPath}/${segment}`;
}

/** Moving `id` under `target` (undefined = top level) would put it inside itself. */
export function isInsideItself(tree: ResourceTree, id: string, target: string | undefined): boolean {
  if (target === undefined) return false;
  return target === id || descendantsOf(tree, id).includes(target);
}

/**
 * The nodes to show for a filter: those whose name, path or uiPath contains `q` (any case), with their
 * ancestors so each match keeps its place in the tree. Undefined when there is no filter.
 */
export function filterTree(tree: ResourceTree, q: string): ReadonlySet<string> | undefined {
  const needle = q.trim().toLowerCase();
  if (needle === '') return undefined;
  const shown = new Set<string>();
  for (const [id, r] of tree.byId) {
    const hay = [r.name ?? '', r.path, r.uiPath].map((s) => s.toLowerCase());
    if (hay.some((s) => s.includes(needle))) {
      shown.add(id);
      for (const a of ancestorsOf(tree, id)) shown.add(a);
    }
  }
  return shown;
}
