import { Hono } from 'hono';
import {
  CreateRoleRequestSchema,
  DeleteRolesRequestSchema,
  GetDeniableResponseSchema,
  GetRoleIdsResponseSchema,
  GetRoleResponseSchema,
  GetRoleTagIdsResponseSchema,
  UpdateRoleRequestSchema,
} from '../../wire/roles';
import type { RoleTagProtocol } from '../../wire/common';
import { toRoleBundle } from '../bundles';
import { deleteRoleCascade } from '../cascade';
import { param, readBody, readIdList, reply, replyOk, type HandlerContext } from '../http';
import type { Role } from '../model';
import { paginate } from '../paging';
import { RESULT, ensure } from '../result';
import { isDeniable, toRoleRelations } from '../relations';
import { checkId, checkText, checkUnique, dedupe, startsWith } from '../validation';

type RoleMetadata = {
  roleName?: string | null | undefined;
  roleGroup?: string | null | undefined;
  description?: string | null | undefined;
};

function checkMetadata(m: RoleMetadata): void {
  checkText('roleName', m.roleName);
  checkText('roleGroup', m.roleGroup);
  checkText('description', m.description);
}

/** Role tags exist only by being attached; there is no tag CRUD. */
function toTagIds(tags: readonly RoleTagProtocol[] | null | undefined): string[] {
  const ids = (tags ?? []).map((t) => t.roleTagId);
  for (const id of ids) checkId('roleTagId', id);
  return dedupe(ids);
}

const byValue = { value: (v: string) => v };

export function roleRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  const getRole = (roleId: string): Role => {
    const role = store.roles.get(roleId);
    ensure(role, RESULT.ROLE_NOT_FOUND, roleId);
    return role;
  };

  const deleteRoles = (ids: readonly string[]) => {
    checkUnique(ids, RESULT.INVALID_ARGUMENT);
    for (const id of ids) getRole(id);
    store.transaction(() => {
      for (const id of ids) deleteRoleCascade(ctx, id);
    });
  };

  app.post('/roles', async (c) => {
    const body = await readBody(c, CreateRoleRequestSchema);
    const { roleId } = body.role;
    checkId('roleId', roleId);
    checkMetadata(body.role);
    ensure(!store.roles.has(roleId), RESULT.DUPLICATE_ROLE, roleId);
    const roleTagIds = toTagIds(body.roleTags);
    const roleRelations = toRoleRelations(ctx, roleId, body.roleRelations ?? []);
    store.roles.put(roleId, {
      roleId,
      roleName: body.role.roleName ?? null,
      roleGroup: body.role.roleGroup ?? null,
      description: body.role.description ?? null,
      exposureOrder: body.role.exposureOrder,
      regDateTime: ctx.now(),
      roleTagIds,
      roleRelations,
    });
    return replyOk(c);
  });

  app.delete('/roles', async (c) => {
    deleteRoles((await readIdList(c, 'roleIds', DeleteRolesRequestSchema)).roleIds);
    return replyOk(c);
  });

  app.get('/roles/id', (c) => {
    const prefix = c.req.query('roleIdPreLike');
    const ids = store.roles.list((r) => startsWith(r.roleId, prefix)).map((r) => r.roleId);
    const { page, totalItems } = paginate(c, ids, { 'id.roleId': byValue.value }, ['id.roleId,ASC']);
    return reply(c, GetRoleIdsResponseSchema, { roleIds: page, totalItems });
  });

  app.get('/roles/tags/id', (c) => {
    const prefix = c.req.query('roleTagIdPreLike');
    const tags = dedupe(store.roles.list().flatMap((r) => r.roleTagIds)).filter((t) => startsWith(t, prefix));
    const { page, totalItems } = paginate(c, tags, { 'id.roleTagId': byValue.value }, ['id.roleTagId,ASC']);
    return reply(c, GetRoleTagIdsResponseSchema, { roleTagIds: page, totalItems });
  });

  app.get('/roles/:roleId/deniable', (c) => {
    const role = getRole(param(c, 'roleId'));
    return reply(c, GetDeniableResponseSchema, { deniable: isDeniable(ctx, role.roleId) });
  });

  app.get('/roles/:roleId', (c) => {
    const role = getRole(param(c, 'roleId'));
    return reply(c, GetRoleResponseSchema, {
      role: toRoleBundle(store, role, { attributes: true, relations: true, tags: true }),
    });
  });

  app.put('/roles/:roleId', async (c) => {
    const role = getRole(param(c, 'roleId'));
    const body = await readBody(c, UpdateRoleRequestSchema);
    if (body.role) checkMetadata(body.role);
    const next: Role = {
      ...role,
      ...(body.role && {
        roleName: body.role.roleName ?? null,
        roleGroup: body.role.roleGroup ?? null,
        description: body.role.description ?? null,
        exposureOrder: body.role.exposureOrder,
      }),
      roleTagIds: body.roleTags ? toTagIds(body.roleTags) : role.roleTagIds,
      roleRelations: body.roleRelations
        ? toRoleRelations(ctx, role.roleId, body.roleRelations)
        : role.roleRelations,
    };
    store.roles.put(role.roleId, next);
    return replyOk(c);
  });

  app.delete('/roles/:roleId', (c) => {
    deleteRoles([param(c, 'roleId')]);
    return replyOk(c);
  });

  return app;
}
