import type { HandlerContext } from './http';
import { recordRelationChanges } from './history';
import type { Attribute, Condition } from './model';

const uses = (attributeId: string) => (conditions: readonly Condition[]) =>
  conditions.some((c) => c.attributeId === attributeId);

/** Whether any user-role or role-role condition refers to the attribute. */
export function attributeInUse(ctx: HandlerContext, attributeId: string): boolean {
  const used = uses(attributeId);
  return (
    ctx.store.users.list((u) => u.roleRelations.some((r) => used(r.conditions))).length > 0 ||
    ctx.store.roles.list((r) => r.roleRelations.some((x) => used(x.conditions))).length > 0
  );
}

/** A forced delete strips the attribute's conditions everywhere; users get REMOVE/ADD history rows. */
export function stripConditions(ctx: HandlerContext, attributeId: string): void {
  const used = uses(attributeId);
  const strip = <T extends { conditions: Condition[] }>(r: T): T => ({
    ...r,
    conditions: r.conditions.filter((c) => c.attributeId !== attributeId),
  });
  for (const user of ctx.store.users.list((u) => u.roleRelations.some((r) => used(r.conditions)))) {
    const next = user.roleRelations.map(strip);
    recordRelationChanges(ctx, user.userId, user.roleRelations, next);
    ctx.store.users.put(user.userId, { ...user, roleRelations: next });
  }
  for (const role of ctx.store.roles.list((r) => r.roleRelations.some((x) => used(x.conditions)))) {
    ctx.store.roles.put(role.roleId, { ...role, roleRelations: role.roleRelations.map(strip) });
  }
}

export function toAttributeBundle(ctx: HandlerContext, a: Attribute) {
  return {
    attributeId: a.attributeId,
    attributeName: a.attributeName,
    description: a.description,
    attributeCreationTypeCode: a.attributeCreationTypeCode,
    attributeDataTypeCode: a.attributeDataTypeCode,
    attributeRoleRelations: a.roles.map((r) => {
      const role = ctx.store.roles.get(r.roleId);
      return {
        attributeId: a.attributeId,
        roleId: r.roleId,
        roleName: role?.roleName ?? null,
        description: role?.description ?? null,
        roleGroup: role?.roleGroup ?? null,
        exposureOrder: role?.exposureOrder ?? 0,
        regYmdt: r.regYmdt,
      };
    }),
    attributeTags: a.tags.map((t) => ({
      attributeId: a.attributeId,
      attributeTagId: t.attributeTagId,
      regYmdt: t.regYmdt,
    })),
  };
}
