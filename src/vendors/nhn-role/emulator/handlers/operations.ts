import { Hono } from 'hono';
import {
  CreateOperationRequestSchema,
  DeleteOperationsRequestSchema,
  GetOperationIdsResponseSchema,
  GetOperationResponseSchema,
  SearchOperationsRequestSchema,
  SearchOperationsResponseSchema,
  UpdateOperationRequestSchema,
} from '../../wire/operations';
import { deleteAuthorizations } from '../cascade';
import { param, readBody, readIdList, reply, replyOk, type HandlerContext } from '../http';
import type { Operation } from '../model';
import { paginate, type SortProps } from '../paging';
import { RESULT, ensure } from '../result';
import { checkId, checkText, checkUnique, contains, inList, startsWith } from '../validation';

const SORT: SortProps<Operation> = { 'id.operationId': (o) => o.operationId };
const DEFAULT_SORT = ['id.operationId,ASC'];

export function operationRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();
  const toWire = (o: Operation) => ({
    operationId: o.operationId,
    description: o.description,
    appKey: store.tenant().appKey,
  });

  /** Deleting an operation removes the authorizations that grant it. */
  const deleteOperations = (ids: readonly string[]) => {
    checkUnique(ids, RESULT.INVALID_ARGUMENT);
    for (const id of ids) ensure(store.operations.has(id), RESULT.OPERATION_NOT_FOUND, id);
    store.transaction(() => {
      for (const id of ids) store.operations.delete(id);
      deleteAuthorizations(ctx, (a) => ids.includes(a.operationId));
    });
  };

  app.post('/operations', async (c) => {
    const body = await readBody(c, CreateOperationRequestSchema);
    checkId('operationId', body.operationId);
    checkText('description', body.description);
    ensure(!store.operations.has(body.operationId), RESULT.DUPLICATE_OPERATION, body.operationId);
    store.operations.put(body.operationId, {
      operationId: body.operationId,
      description: body.description ?? null,
    });
    return replyOk(c);
  });

  app.delete('/operations', async (c) => {
    deleteOperations((await readIdList(c, 'operationIds', DeleteOperationsRequestSchema)).operationIds);
    return replyOk(c);
  });

  app.get('/operations/id', (c) => {
    const prefix = c.req.query('operationIdPreLike');
    const { page, totalItems } = paginate(
      c,
      store.operations.list((o) => startsWith(o.operationId, prefix)),
      SORT,
      DEFAULT_SORT,
    );
    return reply(c, GetOperationIdsResponseSchema, {
      operationIds: page.map((o) => o.operationId),
      totalItems,
    });
  });

  app.post('/operations/search', async (c) => {
    const q = await readBody(c, SearchOperationsRequestSchema);
    const found = store.operations.list(
      (o) =>
        inList(o.operationId, q.operationIds) &&
        startsWith(o.operationId, q.operationIdPreLike) &&
        contains(o.description, q.descriptionLike),
    );
    const { page, totalItems } = paginate(c, found, SORT, DEFAULT_SORT);
    return reply(c, SearchOperationsResponseSchema, { operations: page.map(toWire), totalItems });
  });

  app.get('/operations/:operationId', (c) => {
    const op = store.operations.get(param(c, 'operationId'));
    ensure(op, RESULT.OPERATION_NOT_FOUND, param(c, 'operationId'));
    return reply(c, GetOperationResponseSchema, { operation: toWire(op) });
  });

  app.put('/operations/:operationId', async (c) => {
    const id = param(c, 'operationId');
    const body = await readBody(c, UpdateOperationRequestSchema);
    ensure(store.operations.has(id), RESULT.OPERATION_NOT_FOUND, id);
    checkText('description', body.description);
    store.operations.put(id, { operationId: id, description: body.description ?? null });
    return replyOk(c);
  });

  app.delete('/operations/:operationId', (c) => {
    deleteOperations([param(c, 'operationId')]);
    return replyOk(c);
  });

  return app;
}
