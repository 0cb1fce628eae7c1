import { Hono } from 'hono';
import {
  CreateScopeRequestSchema,
  DeleteScopesRequestSchema,
  GetScopeIdsResponseSchema,
  GetScopeResponseSchema,
  SearchScopesRequestSchema,
  SearchScopesResponseSchema,
  UpdateScopeRequestSchema,
} from '../../wire/scopes';
import { dropUserRelations } from '../cascade';
import { param, readBody, readIdList, reply, replyOk, type HandlerContext } from '../http';
import { ALL_SCOPE, type Scope } from '../model';
import { paginate, type SortProps } from '../paging';
import { RESULT, ensure } from '../result';
import { checkId, checkText, checkUnique, contains, inList, startsWith } from '../validation';

const SORT: SortProps<Scope> = { 'id.scopeId': (s) => s.scopeId };
const DEFAULT_SORT = ['id.scopeId,ASC'];
const toWire = (s: Scope) => ({ scopeId: s.scopeId, description: s.description });

export function scopeRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  /** Deleting a scope also drops every user relation granted in it; ALL can never be deleted. */
  const deleteScopes = (ids: readonly string[]) => {
    checkUnique(ids, RESULT.INVALID_ARGUMENT);
    for (const id of ids) {
      ensure(id !== ALL_SCOPE, RESULT.ALL_SCOPE_IMMUTABLE);
      ensure(store.scopes.has(id), RESULT.SCOPE_NOT_FOUND, id);
    }
    store.transaction(() => {
      for (const id of ids) store.scopes.delete(id);
      dropUserRelations(ctx, (r) => ids.includes(r.scopeId));
    });
  };

  app.post('/scopes', async (c) => {
    const body = await readBody(c, CreateScopeRequestSchema);
    checkId('scopeId', body.scopeId);
    checkText('description', body.description);
    ensure(!store.scopes.has(body.scopeId), RESULT.DUPLICATE_SCOPE, body.scopeId);
    store.scopes.put(body.scopeId, { scopeId: body.scopeId, description: body.description ?? null });
    return replyOk(c);
  });

  app.delete('/scopes', async (c) => {
    deleteScopes((await readIdList(c, 'scopeIds', DeleteScopesRequestSchema)).scopeIds);
    return replyOk(c);
  });

  app.get('/scopes/id', (c) => {
    const prefix = c.req.query('scopeIdPreLike');
    const { page, totalItems } = paginate(
      c,
      store.scopes.list((s) => startsWith(s.scopeId, prefix)),
      SORT,
      DEFAULT_SORT,
    );
    return reply(c, GetScopeIdsResponseSchema, { scopeIds: page.map((s) => s.scopeId), totalItems });
  });

  app.post('/scopes/search', async (c) => {
    const q = await readBody(c, SearchScopesRequestSchema);
    const found = store.scopes.list(
      (s) =>
        inList(s.scopeId, q.scopeIds) &&
        startsWith(s.scopeId, q.scopeIdPreLike) &&
        contains(s.description, q.descriptionLike),
    );
    const { page, totalItems } = paginate(c, found, SORT, DEFAULT_SORT);
    return reply(c, SearchScopesResponseSchema, { scopes: page.map(toWire), totalItems });
  });

  app.get('/scopes/:scopeId', (c) => {
    const scope = store.scopes.get(param(c, 'scopeId'));
    ensure(scope, RESULT.SCOPE_NOT_FOUND, param(c, 'scopeId'));
    return reply(c, GetScopeResponseSchema, { scope: toWire(scope) });
  });

  app.put('/scopes/:scopeId', async (c) => {
    const id = param(c, 'scopeId');
    const body = await readBody(c, UpdateScopeRequestSchema);
    ensure(id !== ALL_SCOPE, RESULT.ALL_SCOPE_IMMUTABLE);
    ensure(store.scopes.has(id), RESULT.SCOPE_NOT_FOUND, id);
    checkText('description', body.description);
    store.scopes.put(id, { scopeId: id, description: body.description ?? null });
    return replyOk(c);
  });

  app.delete('/scopes/:scopeId', (c) => {
    deleteScopes([param(c, 'scopeId')]);
    return replyOk(c);
  });

  return app;
}
