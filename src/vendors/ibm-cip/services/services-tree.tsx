import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { TreeView, type TreeChildren } from '@/components/tree-view';
import { describeError } from '@/lib/http/errors';
import { serviceListQuery } from '../queries/service-options';
import { useServicesText } from './services-text';
import type { ServiceGraph } from './use-service-graph';

/**
 * The parent/child hierarchy: top-level services first, a service's children fetched (S4) when it is
 * opened. The selected service's ancestors open by themselves so a pasted link shows where it sits.
 */
export function ServicesTree(props: { graph: ServiceGraph; selected: string | undefined }) {
  const { graph, selected } = props;
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const up = graph.ready && selected !== undefined ? graph.ancestors(selected).join('\u0001') : '';
  // Adjusted while rendering (not in an effect) when the selection's chain changes; collapsing stays free.
  const [openedFor, setOpenedFor] = useState('');
  if (up !== openedFor) {
    setOpenedFor(up);
    if (up !== '') setExpanded((prev) => new Set([...prev, ...up.split('\u0001')]));
  }

  const open = [...expanded];
  const lists = useQueries({ queries: open.map((n) => serviceListQuery(id, n, 'children')) });
  const childrenOf = (name: string): TreeChildren => {
    const q = lists[open.indexOf(name)];
    if (!q || q.isPending) return 'loading';
    if (q.isError) return { error: describeError(q.error) };
    return q.data.map((c) => ({ id: c, label: c, leaf: !graph.withChildren.has(c) }));
  };
  const roots = graph.roots.map((n) => ({ id: n, label: n, leaf: !graph.withChildren.has(n) }));

  return (
    <div className="cip-tree-panel">
      {!graph.ready && graph.names.isSuccess && (
        <p className="muted" role="status">
          {t.topLevel(graph.done, graph.list.length)}
        </p>
      )}
      {roots.length > 0 && (
        <TreeView
          label={t.treeLabel}
          roots={roots}
          childrenOf={childrenOf}
          expanded={expanded}
          onExpandedChange={setExpanded}
          selectedId={selected}
          onSelect={(name) => void navigate(href(`services/${encodeURIComponent(name)}`))}
        />
      )}
    </div>
  );
}
