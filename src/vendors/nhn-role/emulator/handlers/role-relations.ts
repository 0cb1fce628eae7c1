import { Hono } from 'hono';
import { DeleteRoleRelationRequestSchema, RoleRelationsRequestSchema } from '../../wire/roles';
import { param, readBody, replyOk, type HandlerContext } from '../http';
import type { Role } from '../model';
import { RESULT, ensure } from '../result';
import { toRoleRelations } from '../relations';

export function roleRelationRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  const getRole = (roleId: string): Role => {
    const role = store.roles.get(roleId);
    ensure(role, RESULT.ROLE_NOT_FOUND, roleId);
    return role;
  };

  /** Adds relations next to the existing ones; naming one that exists is 11003. */
  app.post('/roles/:roleId/relations', async (c) => {
    const role = getRole(param(c, 'roleId'));
    const body = await readBody(c, RoleRelationsRequestSchema);
    for (const r of body.roleRelations) {
      ensure(
        !role.roleRelations.some((x) => x.relatedRoleId === r.relatedRoleId),
        RESULT.ROLE_RELATION_EXISTS,
        r.relatedRoleId,
      );
    }
    store.roles.put(role.roleId, {
      ...role,
      roleRelations: toRoleRelations(ctx, role.roleId, body.roleRelations, role.roleRelations),
    });
    return replyOk(c);
  });

  /** Replaces the whole relation set, keeping the date of relations that did not change. */
  app.put('/roles/:roleId/relations', async (c) => {
    const role = getRole(param(c, 'roleId'));
    const body = await readBody(c, RoleRelationsRequestSchema);
    const next = toRoleRelations(ctx, role.roleId, body.roleRelations).map((r) => {
      const old = role.roleRelations.find((x) => x.relatedRoleId === r.relatedRoleId);
      const same =
        old?.roleApplyPolicyCode === r.roleApplyPolicyCode &&
        JSON.stringify(old.conditions) === JSON.stringify(r.conditions);
      return same ? { ...r, regDateTime: old.regDateTime } : r;
    });
    store.roles.put(role.roleId, { ...role, roleRelations: next });
    return replyOk(c);
  });

  /** Removing a relation that does not exist is ignored: 11004 is no longer reported since 2024-02-27. */
  app.delete('/roles/:roleId/relations', async (c) => {
    const role = getRole(param(c, 'roleId'));
    const { relatedRoleIds } = await readBody(c, DeleteRoleRelationRequestSchema);
    store.roles.put(role.roleId, {
      ...role,
      roleRelations: role.roleRelations.filter((r) => !relatedRoleIds.includes(r.relatedRoleId)),
    });
    return replyOk(c);
  });

  return app;
}
