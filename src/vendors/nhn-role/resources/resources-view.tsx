import { useId, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref } from '@/lib/connection-context';
import { EmptyState, ErrorPanel, PageHeader, Skeleton } from '@/components/states';
import { TreeView, type TreeNode } from '@/components/tree-view';
import { useRoleConn } from '../shared/use-role-conn';
import type { ResourceProtocol } from '../wire/resources';
import { resourceTreeQuery } from './api';
import { ResourceDetail } from './resource-detail';
import { ResourceDialog } from './resource-dialog';
import { useResourcesText } from './resources-text';
import { filterTree, indexTree, lastSegment, type ResourceTree } from './tree-model';

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
  const shown = useMemo(() => filterTree(tree, q), [tree, q]);
  const nodes = (ids: readonly string[]) =>
    ids.filter((id) => !shown || shown.has(id)).map((id) => nodeOf(tree, id));
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
          {shown?.size === 0 && <p className="muted">{t.noMatch}</p>}
          <TreeView
            label={t.treeLabel}
            roots={nodes(tree.roots)}
            childrenOf={(id) => nodes(tree.childrenOf(id))}
            expanded={expanded}
            onExpandedChange={(next) =>
              setCollapsed(new Set([...tree.byId.keys()].filter((id) => !next.has(id))))
            }
            selectedId={selectedId}
            onSelect={open}
            renderExtra={(n) => <span className="res-tree-path mono">{tree.byId.get(n.id)?.path}</span>}
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
