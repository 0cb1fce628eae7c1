import { Hono } from 'hono';
import {
  AddAuthorizationRequestSchema,
  GetAuthorizationsResponseSchema,
  SearchResourceAttributesRequestSchema,
  SearchResourceAttributesResponseSchema,
} from '../../wire/resources';
import { toAttributeProtocol } from '../bundles';
import { given, resolveResource } from '../../engine/check';
import { reachableFrom } from '../../engine/effective-roles';
import { isAncestorUiPath, isRootUiPath } from '../../engine/tree';
import { param, readBody, reply, replyOk, type HandlerContext } from '../http';
import type { Attribute, Authorization, Resource } from '../model';
import { paginate, type SortProps } from '../paging';
import { RESULT, ensure } from '../result';
import { checkModel, roleGraph } from '../snapshot';
import { authorizationKey } from '../store';

const ATTRIBUTE_SORT: SortProps<Attribute> = {
  'id.attributeId': (a) => a.attributeId,
  attributeCreationTypeCode: (a) => a.attributeCreationTypeCode,
};

export function resourceAuthorizationRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  const getResource = (id: string): Resource => {
    const r = store.resources.get(id);
    ensure(r, RESULT.RESOURCE_NOT_FOUND, id);
    return r;
  };

  /**
   * The attributes worth sending when checking (resource, operation): every COMMON attribute, and those
   * associated with a role that is authorized there or includes such a role.
   */
  app.post('/resources/attributes/search', async (c) => {
    const q = await readBody(c, SearchResourceAttributesRequestSchema);
    ensure(
      given(q.resourceId) ?? given(q.resourcePath),
      RESULT.INVALID_ARGUMENT,
      'resourceId or resourcePath is required',
    );
    ensure(store.operations.has(q.operationId), RESULT.OPERATION_NOT_FOUND, q.operationId);
    const resource = resolveResource(checkModel(ctx), q.resourceId, q.resourcePath);
    ensure(resource, RESULT.RESOURCE_NOT_FOUND, q.resourceId ?? q.resourcePath ?? '');
    const granted = new Set(
      store.authorizations
        .list((a) => a.resourceId === resource.resourceId && a.operationId === q.operationId)
        .map((a) => a.roleId),
    );
    const graph = roleGraph(ctx);
    const roles = new Set(
      [...graph.keys()].filter((r) => [...reachableFrom(r, graph)].some((x) => granted.has(x))),
    );
    const found = store.attributes.list(
      (a) => a.attributeCreationTypeCode === 'COMMON_ATTRIBUTE' || a.roles.some((r) => roles.has(r.roleId)),
    );
    const { page, totalItems } = paginate(c, found, ATTRIBUTE_SORT, ['id.attributeId,ASC']);
    return reply(c, SearchResourceAttributesResponseSchema, {
      attributes: page.map(toAttributeProtocol),
      totalItems,
    });
  });

  /** With propagation the same grant is added to every ancestor in the uiPath tree except the root. */
  app.post('/resources/:resourceId/authorizations', async (c) => {
    const resource = getResource(param(c, 'resourceId'));
    const body = await readBody(c, AddAuthorizationRequestSchema);
    ensure(store.operations.has(body.operationId), RESULT.OPERATION_NOT_FOUND, body.operationId);
    ensure(store.roles.has(body.roleId), RESULT.ROLE_NOT_FOUND, body.roleId);
    const grant: Authorization = {
      resourceId: resource.resourceId,
      operationId: body.operationId,
      roleId: body.roleId,
    };
    ensure(!store.authorizations.has(authorizationKey(grant)), RESULT.ROLE_RESOURCE_RELATION_EXISTS);
    const targets = body.propagation
      ? [
          resource,
          ...store.resources.list(
            (r) => isAncestorUiPath(r.uiPath, resource.uiPath) && !isRootUiPath(r.uiPath),
          ),
        ]
      : [resource];
    store.transaction(() => {
      for (const r of targets) {
        const a = { ...grant, resourceId: r.resourceId };
        if (!store.authorizations.has(authorizationKey(a))) store.authorizations.put(authorizationKey(a), a);
      }
    });
    return replyOk(c);
  });

  app.get('/resources/:resourceId/authorizations', (c) => {
    const resource = getResource(param(c, 'resourceId'));
    const authorizations = store.authorizations.list((a) => a.resourceId === resource.resourceId);
    return reply(c, GetAuthorizationsResponseSchema, { authorizations });
  });

  /** Takes operationId and roleId as query parameters; removing an absent grant is a no-op. */
  app.delete('/resources/:resourceId/authorizations', (c) => {
    const resource = getResource(param(c, 'resourceId'));
    const operationId = c.req.query('operationId');
    const roleId = c.req.query('roleId');
    ensure(operationId && roleId, RESULT.INVALID_ARGUMENT, 'operationId and roleId are required');
    store.authorizations.delete(authorizationKey({ resourceId: resource.resourceId, operationId, roleId }));
    return replyOk(c);
  });

  return app;
}
