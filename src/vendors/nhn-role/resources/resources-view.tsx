import { useId, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { EmptyState, ErrorPanel, PageHeader, Skeleton } from '@/components/states';
import { TreeView, type TreeNode } from '@/components/tree-view';
import { useRoleConn } from '../shared/use-role-conn';
import type { ResourceProtocol } from '../wire/resources';
import { resourceMenuQuery, resourceTreeQuery, type MenuFilter } from './api';
import { MenuPreviewForm } from './menu-preview';
import { ResourceDetail } from './resource-detail';
import { ResourceDialog } from './resource-dialog';
import { useResourcesText } from './resources-text';
import { filterTree, indexTree, lastSegment, type ResourceTree } from './tree-model';

const EMPTY_MENU: MenuFilter = { userId: '', operationId: '', scopeId: 'ALL' };

const menuOf = (p: URLSearchParams): MenuFilter | undefined => {
  const userId = p.get('menuUser');
  const operationId = p.get('menuOp');
  return userId && operationId ? { userId, operationId, scopeId: p.get('menuScope') ?? 'ALL' } : undefined;
};

function withMenu(prev: URLSearchParams, menu: MenuFilter | undefined): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const k of ['menuUser', 'menuOp', 'menuScope']) next.delete(k);
  if (menu) {
    next.set('menuUser', menu.userId);
    next.set('menuOp', menu.operationId);
    if (menu.scopeId !== 'ALL') next.set('menuScope', menu.scopeId);
  }
  return next;
}

const nodeOf = (tree: ResourceTree, id: string): TreeNode => {
  const r = tree.byId.get(id);
  return {
    id,
    label: r?.name ?? lastSegment(r?.uiPath ?? id),
    ...(tree.childrenOf(id).length === 0 ? { leaf: true } : {}),
  };
};

/**
 * `/c/:id/resources/:resourceId?`: the uiPath tree beside the selected resource's detail. The tree opens
 * fully (menu trees are small); a node the reader closes stays closed.
 */
export function ResourcesView() {
  const t = useResourcesText();
  const conn = useRoleConn();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const titleId = useId();
  const selectedId = useParams().resourceId;
  const query = useQuery(resourceTreeQuery(conn));
  const tree = useMemo(() => indexTree(query.data ?? []), [query.data]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const menu = menuOf(params);
  const menuQuery = useQuery({ ...resourceMenuQuery(conn, menu ?? EMPTY_MENU), enabled: !!menu });
  // A menu preview shows ROLE's filtered hierarchy; the detail still reads the whole tree.
  const menuTree = useMemo(
    () => (menu && menuQuery.data ? indexTree(menuQuery.data) : undefined),
    [menu, menuQuery.data],
  );
  const shownTree = menuTree ?? tree;
  const shown = useMemo(() => filterTree(shownTree, q), [shownTree, q]);
  const nodes = (ids: readonly string[]) =>
    ids.filter((id) => !shown || shown.has(id)).map((id) => nodeOf(shownTree, id));
  const filterId = useId();
  // The filter stays in the URL, so a node opened from a filtered tree links back to the same view.
  const open = (id: string) =>
    void navigate({ pathname: href(`resources/${encodeURIComponent(id)}`), search: params.toString() });
  const expanded = useMemo(
    () => new Set([...tree.byId.keys()].filter((id) => !collapsed.has(id))),
    [tree, collapsed],
  );
  const selected: ResourceProtocol | undefined = selectedId ? tree.byId.get(selectedId) : undefined;
  const addTop = (
    <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
      {t.addTop}
    </button>
  );

  let body;
  if (query.isPending) body = <Skeleton lines={6} label={t.loading} />;
  else if (query.isError) body = <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  else if (tree.roots.length === 0)
    body = (
      <EmptyState title={t.emptyTitle} action={addTop}>
        {t.emptyBody}
      </EmptyState>
    );
  else
    body = (
      <div className="res-layout">
        <div className="res-tree card stack">
          <div className="field">
            <label htmlFor={filterId}>{t.filter}</label>
            <input
              id={filterId}
              type="search"
              value={q}
              placeholder={t.filterPlaceholder}
              onChange={(e) =>
                setParams(
                  (prev) => {
                    const next = new URLSearchParams(prev);
                    if (e.target.value === '') next.delete('q');
                    else next.set('q', e.target.value);
                    return next;
                  },
                  { replace: true },
                )
              }
            />
          </div>
          <MenuPreviewForm
            key={menu ? JSON.stringify(menu) : 'none'}
            conn={conn}
            value={menu}
            onChange={(next) => setParams((prev) => withMenu(prev, next), { replace: true })}
          />
          {menu && (
            <p className="res-menu-status" role="status">
              {menuQuery.isPending
                ? t.loading
                : menuQuery.isError
                  ? describeError(menuQuery.error)
                  : shownTree.roots.length === 0
                    ? t.menuEmpty
                    : t.menuOf(menu.userId, menu.operationId, menu.scopeId)}
            </p>
          )}
          {shown?.size === 0 && <p className="muted">{t.noMatch}</p>}
          <TreeView
            label={t.treeLabel}
            roots={nodes(shownTree.roots)}
            childrenOf={(id) => nodes(shownTree.childrenOf(id))}
            expanded={expanded}
            onExpandedChange={(next) =>
              setCollapsed(new Set([...tree.byId.keys()].filter((id) => !next.has(id))))
            }
            selectedId={selectedId}
            onSelect={open}
            renderExtra={(n) => <span className="res-tree-path mono">{shownTree.byId.get(n.id)?.path}</span>}
          />
        </div>
        <div className="res-detail">
          {selected ? (
            <ResourceDetail key={selected.resourceId} conn={conn} tree={tree} resource={selected} />
          ) : selectedId ? (
            <EmptyState title={t.notFound(selectedId)}>{t.notFoundBody}</EmptyState>
          ) : (
            <p className="muted">{t.pickOne}</p>
          )}
        </div>
      </div>
    );

  return (
    <section className="page role-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.pageDescription} actions={addTop} />
      {body}
      {adding && (
        <ResourceDialog
          conn={conn}
          parent={undefined}
          onClose={() => setAdding(false)}
          onSaved={(id) => id && open(id)}
        />
      )}
    </section>
  );
}
