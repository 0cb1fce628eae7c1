import { Hono } from 'hono';
import {
  GetSubResourcesResponseSchema,
  SearchResourceHierarchyRequestSchema,
  SearchResourceHierarchyResponseSchema,
  type ResourceHierarchyProtocol,
} from '../../wire/resources';
import { toResourceProtocol } from '../bundles';
import { buildForest, type TreeNode } from '../../engine/tree';
import { param, queryInt, readBody, reply, type HandlerContext } from '../http';
import type { Resource } from '../model';
import { sliceOffsetLimit } from '../paging';
import { RESULT, ensure } from '../result';
import { accessFilter } from '../resource-filter';
import { isSet } from '../validation';

type Keep = ((resourceId: string) => boolean) | undefined;

function findNode(forest: TreeNode<Resource>[], pick: (r: Resource) => boolean): TreeNode<Resource>[] {
  const out: TreeNode<Resource>[] = [];
  const walk = (list: TreeNode<Resource>[]) => {
    for (const n of list) {
      if (pick(n.node)) out.push(n);
      walk(n.children);
    }
  };
  walk(forest);
  return out;
}

/** A node the filter rejects is dropped with its subtree: propagation grants ancestors, so menus stay connected. */
function toHierarchy(nodes: TreeNode<Resource>[], keep: Keep): ResourceHierarchyProtocol[] {
  return nodes
    .filter((n) => !keep || keep(n.node.resourceId))
    .map((n) => ({ ...toResourceProtocol(n.node), resources: toHierarchy(n.children, keep) }));
}

export function hierarchyRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  app.post('/resources/hierarchy/search', async (c) => {
    const q = await readBody(c, SearchResourceHierarchyRequestSchema);
    const forest = buildForest(store.resources.list());
    const rootFilter = isSet(q.resourceIds) || !!q.resourcePath || !!q.resourceUiPath;
    const roots = rootFilter
      ? findNode(
          forest,
          (r) =>
            (!isSet(q.resourceIds) || q.resourceIds.includes(r.resourceId)) &&
            (!q.resourcePath || r.path === q.resourcePath) &&
            (!q.resourceUiPath || r.uiPath === q.resourceUiPath),
        )
      : forest;
    const keep = accessFilter(ctx, { ...q, searchRoleOptionCode: 'INDIRECT_ROLE' });
    return reply(c, SearchResourceHierarchyResponseSchema, { resources: toHierarchy(roots, keep) });
  });

  /** Descendants in tree order (pre-order), `depth` levels deep (default 1: the children). */
  app.get('/resources/:resourceId/sub-resources', (c) => {
    const id = param(c, 'resourceId');
    ensure(store.resources.has(id), RESULT.RESOURCE_NOT_FOUND, id);
    const depth = queryInt(c, 'depth') ?? 1;
    ensure(depth >= 1, RESULT.INVALID_ARGUMENT, 'depth must be at least 1');
    const one = (name: string) => {
      const v = c.req.query(name);
      return v ? [v] : undefined;
    };
    const keep = accessFilter(ctx, {
      operationIds: one('operationId'),
      roleIds: one('roleId'),
      userIds: one('userId'),
      scopeIds: one('scopeId'),
      searchRoleOptionCode: 'INDIRECT_ROLE',
    });
    const [start] = findNode(buildForest(store.resources.list()), (r) => r.resourceId === id);
    const found: Resource[] = [];
    const walk = (nodes: TreeNode<Resource>[], level: number) => {
      if (level > depth) return;
      for (const n of nodes) {
        if (keep && !keep(n.node.resourceId)) continue;
        found.push(n.node);
        walk(n.children, level + 1);
      }
    };
    walk(start?.children ?? [], 1);
    return reply(c, GetSubResourcesResponseSchema, {
      resources: sliceOffsetLimit(c, found).map(toResourceProtocol),
      totalItemCount: found.length,
    });
  });

  return app;
}
