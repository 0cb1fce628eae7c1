import { Hono, type Context } from 'hono';
import {
  USER_HISTORY_TYPES,
  GetUserHistoryResponseSchema,
  SearchAllUserResponseSchema,
  SearchUserRequestSchema,
  SearchUserResponseSchema,
  type SearchUserRequest,
} from '../../wire/users';
import { toConditionBundles, toUserBundle } from '../bundles';
import { param, queryList, readBody, reply, type HandlerContext } from '../http';
import type { User, UserHistory } from '../model';
import { paginate, type SortProps } from '../paging';
import { RESULT, RoleError, ensure } from '../result';
import { listedRoles, roleGraph } from '../snapshot';
import { anyInList, contains, inList, isSet, startsWith } from '../validation';

const USER_SORT: SortProps<User> = { 'id.userId': (u) => u.userId, regYmdt: (u) => u.regYmdt };
const HISTORY_SORT: SortProps<UserHistory> = {
  seq: (h) => h.userHistorySeq,
  executionTime: (h) => h.executionTime,
};

function parseDate(name: string, v: string | undefined): number | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new RoleError(RESULT.INVALID_ARGUMENT, `${name} must be an ISO-8601 date-time`);
  return t;
}

export function userQueryRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  /** Role filters look at the roles held in the scopes the scope filters select (inherited ones under INDIRECT_ROLE). */
  const search = (c: Context, q: SearchUserRequest) => {
    const graph = roleGraph(ctx);
    const roleFiltered = isSet(q.roleIds) || !!q.roleIdPreLike;
    const found = store.users.list((u) => {
      if (
        !inList(u.userId, q.userIds) ||
        !startsWith(u.userId, q.userIdPreLike) ||
        !contains(u.description, q.descriptionLike)
      )
        return false;
      const scopeFiltered = isSet(q.scopeIds) || !!q.scopeIdPreLike;
      const scopes = u.roleRelations
        .map((r) => r.scopeId)
        .filter((s) => inList(s, q.scopeIds) && startsWith(s, q.scopeIdPreLike));
      if (scopeFiltered && scopes.length === 0) return false;
      if (!roleFiltered) return true;
      const roles = [...listedRoles(ctx, u, graph, q.searchRoleOptionCode, scopeFiltered ? scopes : null)];
      return anyInList(roles, q.roleIds) && roles.some((r) => startsWith(r, q.roleIdPreLike));
    });
    return paginate(c, found, USER_SORT, ['id.userId,ASC']);
  };

  app.post('/users/id', async (c) => {
    const { page, totalItems } = search(c, await readBody(c, SearchUserRequestSchema));
    return reply(c, SearchAllUserResponseSchema, { userIds: page.map((u) => u.userId), totalItems });
  });

  app.post('/users/search', async (c) => {
    const q = await readBody(c, SearchUserRequestSchema);
    const { page, totalItems } = search(c, q);
    const needRelations = q.needRoleRelations ?? true;
    const users = page.map((u) =>
      toUserBundle(store, u, {
        relations: needRelations ? u.roleRelations : null,
        tags: q.needRoleTags ?? false,
        counts: q.needRoleCount ?? false,
      }),
    );
    return reply(c, SearchUserResponseSchema, { users, totalItems });
  });

  /** Histories outlive the user, so a deleted user's changes stay readable. */
  app.get('/users/:userId/histories', (c) => {
    const userId = param(c, 'userId');
    const from = parseDate('fromDateTime', c.req.query('fromDateTime'));
    const to = parseDate('toDateTime', c.req.query('toDateTime'));
    const types = queryList(c, 'historyType');
    for (const t of types ?? [])
      ensure(
        (USER_HISTORY_TYPES as readonly string[]).includes(t),
        RESULT.INVALID_ARGUMENT,
        `historyType ${t}`,
      );
    const all = store.histories.list((h) => h.userId === userId);
    ensure(all.length > 0 || store.users.has(userId), RESULT.USER_NOT_FOUND, userId);
    const roleId = c.req.query('roleId');
    const scopeId = c.req.query('scopeId');
    const found = all.filter((h) => {
      const t = Date.parse(h.executionTime);
      return (
        (!roleId || h.roleId === roleId) &&
        (!scopeId || h.scopeId === scopeId) &&
        inList(h.command, types) &&
        (from === undefined || t >= from) &&
        (to === undefined || t <= to)
      );
    });
    const { page, totalItems } = paginate(c, found, HISTORY_SORT, ['seq,DESC']);
    const userHistory = page.map((h) => ({
      ...h,
      conditions: h.conditions ? toConditionBundles(store, h.conditions) : null,
    }));
    return reply(c, GetUserHistoryResponseSchema, { userHistory, totalItems });
  });

  return app;
}
