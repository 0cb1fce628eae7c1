import type { Authorization, UserRoleRelation } from './model';
import type { HandlerContext } from './http';
import { recordRelationChanges } from './history';
import { authorizationKey } from './store';

/** Removes the user relations matching `drop` from every user, with a REMOVE history row for each. */
export function dropUserRelations(ctx: HandlerContext, drop: (r: UserRoleRelation) => boolean): void {
  for (const user of ctx.store.users.list((u) => u.roleRelations.some(drop))) {
    const kept = user.roleRelations.filter((r) => !drop(r));
    recordRelationChanges(ctx, user.userId, user.roleRelations, kept);
    ctx.store.users.put(user.userId, { ...user, roleRelations: kept });
  }
}

/**
 * Deleting a role takes everything that names it: its tags and relations (stored on it), relations from
 * other roles to it, user relations on it, authorizations and attribute associations.
 */
export function deleteRoleCascade(ctx: HandlerContext, roleId: string): void {
  const { store } = ctx;
  store.roles.delete(roleId);
  for (const role of store.roles.list((r) => r.roleRelations.some((x) => x.relatedRoleId === roleId))) {
    store.roles.put(role.roleId, {
      ...role,
      roleRelations: role.roleRelations.filter((x) => x.relatedRoleId !== roleId),
    });
  }
  dropUserRelations(ctx, (r) => r.roleId === roleId);
  deleteAuthorizations(ctx, (a) => a.roleId === roleId);
  for (const attr of store.attributes.list((a) => a.roles.some((r) => r.roleId === roleId))) {
    store.attributes.put(attr.attributeId, { ...attr, roles: attr.roles.filter((r) => r.roleId !== roleId) });
  }
}

export function deleteAuthorizations(ctx: HandlerContext, drop: (a: Authorization) => boolean): void {
  const { authorizations } = ctx.store;
  for (const a of authorizations.list(drop)) authorizations.delete(authorizationKey(a));
}
