import { Hono } from 'hono';
import {
  PostAuthorizationResourceRequestSchema,
  PostAuthorizationResourceResponseSchema,
  PostAuthorizationRoleRequestSchema,
  PostAuthorizationRoleResponseSchema,
} from '../../wire/checks';
import { checkResource, checkRole, given, resolveScope } from '../../engine/check';
import { param, readBody, reply, type HandlerContext } from '../http';
import { RESULT, ensure } from '../result';
import { checkModel } from '../snapshot';

/** The two authorization checks; answers come back in request order with authRequestId echoed. */
export function checkRoutes(ctx: HandlerContext): Hono {
  const app = new Hono();

  const requireUser = (userId: string, known: boolean) => {
    ensure(known || !ctx.options.unknownUserFails, RESULT.USER_NOT_FOUND, userId);
  };

  app.post('/users/:userId/authorizations/resources', async (c) => {
    const userId = param(c, 'userId');
    const body = await readBody(c, PostAuthorizationResourceRequestSchema);
    const model = checkModel(ctx);
    requireUser(userId, model.users.has(userId));
    const authorizations = body.resources.map((item) => {
      ensure(
        given(item.resourceId) ?? given(item.resourcePath),
        RESULT.INVALID_ARGUMENT,
        'resourceId or resourcePath is required',
      );
      const attributes = item.attributes ?? [];
      const { permission, resource } = checkResource(model, userId, { ...item, attributes }, ctx.options);
      return {
        operationId: item.operationId,
        permission,
        scopeId: resolveScope(item.scopeId),
        attributes,
        authRequestId: item.authRequestId ?? null,
        resourceId: resource?.resourceId ?? given(item.resourceId) ?? null,
        resourcePath: item.resourcePath ?? null,
      };
    });
    return reply(c, PostAuthorizationResourceResponseSchema, { authorizations });
  });

  app.post('/users/:userId/authorizations/roles', async (c) => {
    const userId = param(c, 'userId');
    const body = await readBody(c, PostAuthorizationRoleRequestSchema);
    const model = checkModel(ctx);
    requireUser(userId, model.users.has(userId));
    const authorizations = body.roles.map((item) => {
      const attributes = item.attributes ?? [];
      return {
        roleId: item.roleId,
        scopeId: resolveScope(item.scopeId),
        permission: checkRole(model, userId, item.roleId, { scopeId: item.scopeId, attributes }, ctx.options),
        attributes,
        authRequestId: item.authRequestId ?? null,
      };
    });
    return reply(c, PostAuthorizationRoleResponseSchema, { authorizations });
  });

  return app;
}
