import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  CreateResourceRequestSchema,
  DeleteResourcesRequestSchema,
  GetAllResourceIdsRequestSchema,
  GetAllResourceIdsResponseSchema,
  GetResourceResponseSchema,
  PostSearchResourcesRequestSchema,
  PostSearchResourcesResponseSchema,
  UpdateResourceRequestSchema,
  type CreateResourceRequest,
} from '../../wire/resources';
import { toResourceProtocol } from '../bundles';
import { deleteAuthorizations } from '../cascade';
import { given } from '../../engine/check';
import { moveUiPath } from '../../engine/tree';
import { param, readBody, readIdList, reply, replyOk, type HandlerContext } from '../http';
import type { Resource } from '../model';
import { paginate, type SortProps } from '../paging';
import { LEGACY, RESULT, ensure } from '../result';
import { accessFilter } from '../resource-filter';
import { authorizationKey } from '../store';
import { checkId, checkSmallint, checkText, checkUnique, inList, startsWith } from '../validation';

export const RESOURCE_SORT: SortProps<Resource> = {
  'id.resourceId': (r) => r.resourceId,
  uiPath: (r) => r.uiPath,
  path: (r) => r.path,
  priority: (r) => r.priority,
  name: (r) => r.name,
};

/** Validates the writable fields; the name defaults to the last uiPath segment, as the console builds it. */
function toResource(resourceId: string, body: Omit<CreateResourceRequest, 'resourceId'>): Resource {
  ensure(
    body.path.startsWith('/'),
    RESULT.INVALID_ARGUMENT,
    'path must start with /',
    LEGACY.INVALID_RESOURCE_PATH,
  );
  checkText('path', body.path, 1024);
  ensure(body.uiPath !== '', RESULT.INVALID_ARGUMENT, 'uiPath is required');
  checkText('uiPath', body.uiPath, 1024);
  checkSmallint('priority', body.priority);
  checkText('description', body.description);
  checkText('metadata', body.metadata, 65_536);
  const name = body.name ?? body.uiPath.split('/').at(-1) ?? '';
  ensure(!name.includes('/'), RESULT.INVALID_RESOURCE_UI_PATH_NAME, name);
  return {
    resourceId,
    name,
    description: body.description ?? null,
    path: body.path,
    uiPath: body.uiPath,
    priority: body.priority,
    metadata: body.metadata ?? null,
  };
}

export function resourceRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  const getResource = (id: string): Resource => {
    const r = store.resources.get(id);
    ensure(r, RESULT.RESOURCE_NOT_FOUND, id);
    return r;
  };

  /** Paths and uiPaths are unique per appKey; `except` are the resources being rewritten. */
  const checkUniquePaths = (candidates: readonly Resource[], except: ReadonlySet<string>) => {
    const others = store.resources.list((r) => !except.has(r.resourceId));
    for (const c of candidates) {
      ensure(!others.some((o) => o.path === c.path), RESULT.DUPLICATE_RESOURCE_PATH, c.path);
      ensure(!others.some((o) => o.uiPath === c.uiPath), RESULT.DUPLICATE_RESOURCE_UI_PATH, c.uiPath);
    }
  };

  const deleteResources = (ids: readonly string[]) => {
    checkUnique(ids, RESULT.INVALID_ARGUMENT);
    for (const id of ids) getResource(id);
    store.transaction(() => {
      for (const id of ids) store.resources.delete(id);
      deleteAuthorizations(ctx, (a) => ids.includes(a.resourceId));
    });
  };

  app.post('/resources', async (c) => {
    const body = await readBody(c, CreateResourceRequestSchema);
    const id = given(body.resourceId) ?? randomUUID();
    checkId('resourceId', id);
    ensure(!store.resources.has(id), RESULT.DUPLICATE_RESOURCE, id);
    const resource = toResource(id, body);
    checkUniquePaths([resource], new Set());
    ensure(store.resources.count() < ctx.options.maxResources, RESULT.TOO_MANY_RESOURCES);
    store.resources.put(id, resource);
    return replyOk(c);
  });

  app.delete('/resources', async (c) => {
    deleteResources((await readIdList(c, 'resourceIds', DeleteResourcesRequestSchema)).resourceIds);
    return replyOk(c);
  });

  app.post('/resources/id', async (c) => {
    const q = await readBody(c, GetAllResourceIdsRequestSchema);
    const access = accessFilter(ctx, q);
    const ids = store.resources.list(
      (r) => startsWith(r.resourceId, q.resourceIdPreLike) && (!access || access(r.resourceId)),
    );
    const { page, totalItems } = paginate(c, ids, RESOURCE_SORT, ['id.resourceId,ASC']);
    return reply(c, GetAllResourceIdsResponseSchema, {
      resourceIds: page.map((r) => r.resourceId),
      totalItems,
    });
  });

  app.post('/resources/search', async (c) => {
    const q = await readBody(c, PostSearchResourcesRequestSchema);
    const access = accessFilter(ctx, q);
    const found = store.resources.list(
      (r) =>
        inList(r.resourceId, q.resourceIds) &&
        startsWith(r.resourceId, q.resourceIdPreLike) &&
        (!q.resourcePath || r.path === q.resourcePath) &&
        startsWith(r.path, q.resourcePathLike) &&
        inList(r.path, q.resourcePaths) &&
        startsWith(r.uiPath, q.resourceUiPath) &&
        inList(r.uiPath, q.resourceUiPaths) &&
        (!access || access(r.resourceId)),
    );
    const { page, totalItems } = paginate(c, found, RESOURCE_SORT, ['uiPath,ASC']);
    return reply(c, PostSearchResourcesResponseSchema, {
      resources: page.map(toResourceProtocol),
      totalItems,
    });
  });

  app.get('/resources/:resourceId', (c) => {
    return reply(c, GetResourceResponseSchema, {
      resource: toResourceProtocol(getResource(param(c, 'resourceId'))),
    });
  });

  /**
   * A new uiPath moves the subtree with it (descendants' uiPaths are rewritten), and newResourceId renames
   * the resource in every authorization.
   */
  app.put('/resources/:resourceId', async (c) => {
    const old = getResource(param(c, 'resourceId'));
    const body = await readBody(c, UpdateResourceRequestSchema);
    const id = given(body.newResourceId) ?? old.resourceId;
    if (id !== old.resourceId) {
      checkId('resourceId', id);
      ensure(!store.resources.has(id), RESULT.DUPLICATE_RESOURCE, id);
    }
    const next = toResource(id, body);
    const moved = store.resources
      .list(
        (r) => r.resourceId !== old.resourceId && moveUiPath(r.uiPath, old.uiPath, next.uiPath) !== r.uiPath,
      )
      .map((r) => ({ ...r, uiPath: moveUiPath(r.uiPath, old.uiPath, next.uiPath) }));
    checkUniquePaths([next, ...moved], new Set([old.resourceId, ...moved.map((r) => r.resourceId)]));
    store.transaction(() => {
      if (id !== old.resourceId) {
        store.resources.delete(old.resourceId);
        for (const a of store.authorizations.list((x) => x.resourceId === old.resourceId)) {
          store.authorizations.delete(authorizationKey(a));
          store.authorizations.put(authorizationKey({ ...a, resourceId: id }), { ...a, resourceId: id });
        }
      }
      store.resources.put(id, next);
      for (const r of moved) store.resources.put(r.resourceId, r);
    });
    return replyOk(c);
  });

  app.delete('/resources/:resourceId', (c) => {
    deleteResources([param(c, 'resourceId')]);
    return replyOk(c);
  });

  return app;
}
