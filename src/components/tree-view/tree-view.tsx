import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTreeText } from './tree-text';
import { visibleNodes, type TreeChildren, type TreeNode, type VisibleNode } from './visible-nodes';

export type TreeViewProps = {
  /** Names the tree for screen readers. */
  label: string;
  roots: readonly TreeNode[];
  /** Asked only for expanded nodes, so children can be fetched lazily on expand. */
  childrenOf: (id: string) => TreeChildren;
  expanded: ReadonlySet<string>;
  onExpandedChange: (next: ReadonlySet<string>) => void;
  selectedId?: string | undefined;
  /** Enter, Space or a click on a node. */
  onSelect?: (id: string) => void;
  /** Extra content after a node's name (badges, counts); its text joins the node's accessible name. */
  renderExtra?: (node: TreeNode) => ReactNode;
};

/**
 * A WAI-ARIA tree (role=tree/treeitem/group) with one tab stop: arrows move, Right opens or enters, Left
 * closes or goes to the parent, Home/End jump, a letter moves to the next node starting with it.
 */
export function TreeView(props: TreeViewProps) {
  const { roots, expanded, childrenOf, onExpandedChange, onSelect, selectedId } = props;
  const t = useTreeText();
  const rows = useMemo(() => visibleNodes(roots, expanded, childrenOf), [roots, expanded, childrenOf]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.node.id, r])), [rows]);
  const [focusId, setFocusId] = useState<string>();
  const items = useRef(new Map<string, HTMLLIElement>());
  const moved = useRef(false);
  const baseId = useId();
  const rowIds = useMemo(
    () => new Map(rows.map((r, i) => [r.node.id, `${baseId}-${String(i)}`])),
    [rows, baseId],
  );

  // The tab stop: the focused node if still visible, else the selected one, else the first.
  const current =
    (focusId !== undefined && byId.has(focusId) ? focusId : undefined) ??
    (selectedId !== undefined && byId.has(selectedId) ? selectedId : undefined) ??
    rows[0]?.node.id;

  useEffect(() => {
    // Focus follows the keyboard only; rendering or loading never steals it.
    if (!moved.current || current === undefined) return;
    moved.current = false;
    items.current.get(current)?.focus();
  }, [current]);

  const focus = (id: string | undefined) => {
    if (id === undefined) return;
    moved.current = true;
    setFocusId(id);
  };
  const setOpen = (id: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(id);
    else next.delete(id);
    onExpandedChange(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (current === undefined) return;
    const at = rows.findIndex((r) => r.node.id === current);
    const row = rows[at];
    if (!row) return;
    const handled = handleKey(e.key, row, at);
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const handleKey = (key: string, row: VisibleNode, at: number): boolean => {
    switch (key) {
      case 'ArrowDown':
        focus(rows[at + 1]?.node.id);
        return true;
      case 'ArrowUp':
        focus(rows[at - 1]?.node.id);
        return true;
      case 'Home':
        focus(rows[0]?.node.id);
        return true;
      case 'End':
        focus(rows[rows.length - 1]?.node.id);
        return true;
      case 'ArrowRight':
        if (row.expandable && !row.expanded) setOpen(row.node.id, true);
        else if (row.expanded && rows[at + 1]?.parentId === row.node.id) focus(rows[at + 1]?.node.id);
        return true;
      case 'ArrowLeft':
        if (row.expanded) setOpen(row.node.id, false);
        else focus(row.parentId);
        return true;
      case 'Enter':
      case ' ':
        onSelect?.(row.node.id);
        return true;
      default:
        if (key.length === 1 && /\S/.test(key)) {
          const k = key.toLowerCase();
          const after = [...rows.slice(at + 1), ...rows.slice(0, at)];
          focus(after.find((r) => r.node.label.toLowerCase().startsWith(k))?.node.id);
          return true;
        }
        return false;
    }
  };

  const renderLevel = (level: readonly TreeNode[]): ReactNode =>
    level.map((n) => {
      const row = byId.get(n.id);
      if (!row) return null;
      const { children } = row;
      const status =
        children === 'loading'
          ? t.loading
          : children !== undefined && !Array.isArray(children)
            ? `${t.failed}: ${(children as { error: string }).error}`
            : undefined;
      return (
        <li
          key={n.id}
          role="treeitem"
          ref={(el) => {
            if (el) items.current.set(n.id, el);
            else items.current.delete(n.id);
          }}
          tabIndex={n.id === current ? 0 : -1}
          // Named by its own row only: a treeitem's content also holds its children.
          aria-labelledby={rowIds.get(n.id)}
          aria-level={row.level}
          aria-setsize={row.setSize}
          aria-posinset={row.posInSet}
          aria-expanded={row.expandable ? row.expanded : undefined}
          aria-selected={onSelect ? n.id === selectedId : undefined}
          aria-busy={children === 'loading' ? true : undefined}
          className="tree-item"
          onKeyDown={onKeyDown}
          onClick={(e) => {
            e.stopPropagation();
            setFocusId(n.id);
            // The expander is a pointer shortcut; keyboard users have Right and Left.
            const onToggle = e.target instanceof Element && e.target.closest('[data-tree-toggle]');
            if (onToggle && row.expandable) setOpen(n.id, !row.expanded);
            else onSelect?.(n.id);
          }}
        >
          <span
            id={rowIds.get(n.id)}
            className="tree-row"
            style={{ paddingInlineStart: `${String((row.level - 1) * 1.25)}rem` }}
          >
            <span className="tree-toggle" data-tree-toggle aria-hidden="true">
              {row.expandable ? (row.expanded ? '▾' : '▸') : ''}
            </span>
            <span className="tree-label">{n.label}</span>
            {/* Spaces keep the parts apart in the accessible name. */} {props.renderExtra?.(n)}{' '}
            {status && <span className="tree-status">{status}</span>}
          </span>
          {row.expanded && Array.isArray(children) && (
            <ul role="group">{renderLevel(children as readonly TreeNode[])}</ul>
          )}
        </li>
      );
    });

  return (
    <ul role="tree" aria-label={props.label} className="tree-view">
      {renderLevel(roots)}
    </ul>
  );
}
