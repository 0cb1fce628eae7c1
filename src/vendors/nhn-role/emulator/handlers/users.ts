import { Hono } from 'hono';
import { SEARCH_ROLE_OPTION_CODES } from '../../wire/common';
import {
  CreateUserRequestSchema,
  DeleteUsersRequestSchema,
  GetUserResponseSchema,
  PutUserRequestSchema,
  PutUserScopeRequestSchema,
} from '../../wire/users';
import { toUserBundle } from '../bundles';
import {
  param,
  queryEnum,
  queryList,
  readBody,
  readIdList,
  reply,
  replyOk,
  type HandlerContext,
} from '../http';
import { keepRegDates, recordHistory, recordRelationChanges } from '../history';
import type { User, UserRoleRelation } from '../model';
import { RESULT, ensure } from '../result';
import { toUserRelations } from '../relations';
import { listedRoles, roleGraph } from '../snapshot';
import { checkId, checkText, checkUnique, inList } from '../validation';

export function userRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  const deleteUsers = (ids: readonly string[]) => {
    checkUnique(ids, RESULT.INVALID_ARGUMENT);
    for (const id of ids) ensure(store.users.has(id), RESULT.USER_NOT_FOUND, id);
    store.transaction(() => {
      for (const id of ids) {
        store.users.delete(id);
        recordHistory(ctx, id, 'USER_REMOVE');
      }
    });
  };

  /**
   * The two PUTs share this: find or create the user, replace the relations `inScope` selects with
   * `next` (absent = keep), and record the difference.
   */
  const putUser = (
    userId: string,
    body: { description?: string | null | undefined; create: boolean },
    buildNext: () => UserRoleRelation[] | undefined,
    inScope: (r: UserRoleRelation) => boolean,
  ) => {
    checkText('description', body.description);
    const existing = store.users.get(userId);
    if (!existing) {
      ensure(body.create, RESULT.USER_NOT_FOUND, userId);
      checkId('userId', userId);
    }
    const next = buildNext();
    const before = existing?.roleRelations ?? [];
    const after = next ? [...before.filter((r) => !inScope(r)), ...keepRegDates(before, next)] : before;
    const user: User = {
      userId,
      description: body.description === undefined ? (existing?.description ?? null) : body.description,
      regYmdt: existing?.regYmdt ?? ctx.now(),
      roleRelations: after,
    };
    store.transaction(() => {
      if (!existing) recordHistory(ctx, userId, 'USER_ADD');
      recordRelationChanges(ctx, userId, before, after);
      store.users.put(userId, user);
    });
  };

  app.post('/users', async (c) => {
    const body = await readBody(c, CreateUserRequestSchema);
    checkUnique(
      body.users.map((u) => u.userId),
      RESULT.DUPLICATE_USER,
    );
    // The whole batch is validated before anything is written: one bad user fails them all.
    const users = body.users.map((u): User => {
      checkId('userId', u.userId);
      checkText('description', u.description);
      ensure(!store.users.has(u.userId), RESULT.DUPLICATE_USER, u.userId);
      return {
        userId: u.userId,
        description: u.description ?? null,
        regYmdt: ctx.now(),
        roleRelations: toUserRelations(ctx, u.roleRelations),
      };
    });
    store.transaction(() => {
      for (const user of users) {
        store.users.put(user.userId, user);
        recordHistory(ctx, user.userId, 'USER_ADD');
        recordRelationChanges(ctx, user.userId, [], user.roleRelations);
      }
    });
    return replyOk(c);
  });

  app.delete('/users', async (c) => {
    deleteUsers((await readIdList(c, 'userIds', DeleteUsersRequestSchema)).userIds);
    return replyOk(c);
  });

  app.get('/users/:userId', (c) => {
    const user = store.users.get(param(c, 'userId'));
    ensure(user, RESULT.USER_NOT_FOUND, param(c, 'userId'));
    const option = queryEnum(c, 'searchRoleOptionCode', SEARCH_ROLE_OPTION_CODES);
    const roleIds = queryList(c, 'roleIds');
    const scopeIds = queryList(c, 'scopeIds');
    const relations = [...user.roleRelations];
    if (option === 'INDIRECT_ROLE') {
      // Inherited roles are listed as ALLOW relations without conditions, dated like the relation they come through.
      const graph = roleGraph(ctx);
      for (const scopeId of new Set(user.roleRelations.map((r) => r.scopeId))) {
        const direct = user.roleRelations.filter((r) => r.scopeId === scopeId);
        for (const roleId of listedRoles(ctx, user, graph, option, [scopeId])) {
          if (direct.some((r) => r.roleId === roleId)) continue;
          relations.push({
            scopeId,
            roleId,
            roleApplyPolicyCode: 'ALLOW',
            conditions: [],
            regYmdt: direct[0]?.regYmdt ?? user.regYmdt,
          });
        }
      }
    }
    const shown = relations.filter((r) => inList(r.roleId, roleIds) && inList(r.scopeId, scopeIds));
    return reply(c, GetUserResponseSchema, {
      user: toUserBundle(store, user, { relations: shown, tags: true, counts: false }),
    });
  });

  app.put('/users/:userId', async (c) => {
    const userId = param(c, 'userId');
    const body = await readBody(c, PutUserRequestSchema);
    const { roleRelations } = body.user;
    const next = () => (roleRelations ? toUserRelations(ctx, roleRelations) : undefined);
    putUser(
      userId,
      { description: body.user.description, create: body.createUserIfNotExist ?? false },
      next,
      () => true,
    );
    return replyOk(c);
  });

  app.put('/users/:userId/scopes/:scopeId', async (c) => {
    const userId = param(c, 'userId');
    const scopeId = param(c, 'scopeId');
    const body = await readBody(c, PutUserScopeRequestSchema);
    ensure(store.scopes.has(scopeId), RESULT.SCOPE_NOT_FOUND, scopeId);
    const { roleRelations } = body.user;
    const next = () =>
      roleRelations
        ? toUserRelations(
            ctx,
            roleRelations.map((r) => ({ ...r, scopeId })),
          )
        : undefined;
    putUser(
      userId,
      { description: body.user.description, create: body.createUserIfNotExist ?? false },
      next,
      (r) => r.scopeId === scopeId,
    );
    return replyOk(c);
  });

  app.delete('/users/:userId', (c) => {
    deleteUsers([param(c, 'userId')]);
    return replyOk(c);
  });

  return app;
}
