import type { AttributeProtocol, ConditionBundleProtocol } from '../wire/common';
import type { RoleBundleProtocol } from '../wire/roles';
import type { UserBundleProtocol, UserRoleRelationBundleProtocol } from '../wire/users';
import type { Attribute, Condition, Resource, Role, User, UserRoleRelation } from './model';
import type { RoleStore } from './store';

/** Turns stored entities into the vendor's response bundles. */

export const toAttributeProtocol = (a: Attribute): AttributeProtocol => ({
  attributeId: a.attributeId,
  attributeName: a.attributeName,
  description: a.description,
  attributeCreationTypeCode: a.attributeCreationTypeCode,
  attributeDataTypeCode: a.attributeDataTypeCode,
});

export function toConditionBundles(
  store: RoleStore,
  conditions: readonly Condition[],
): ConditionBundleProtocol[] {
  return conditions.map((c) => {
    const attr = store.attributes.get(c.attributeId);
    return {
      ...c,
      // Deleting an attribute strips its conditions, so the fallback only guards against a hand-edited store.
      attribute: attr
        ? toAttributeProtocol(attr)
        : {
            attributeId: c.attributeId,
            attributeCreationTypeCode: 'ROLE_ATTRIBUTE',
            attributeDataTypeCode: 'STRING',
          },
    };
  });
}

export const toRoleTags = (ids: readonly string[]) => ids.map((roleTagId) => ({ roleTagId }));

export const toResourceProtocol = (r: Resource) => ({ ...r });

export type RoleBundleNeeds = { attributes: boolean; relations: boolean; tags: boolean };

export function toRoleBundle(store: RoleStore, role: Role, need: RoleBundleNeeds): RoleBundleProtocol {
  const related = (id: string) => store.roles.get(id);
  return {
    appKey: store.tenant().appKey,
    roleId: role.roleId,
    roleName: role.roleName,
    roleGroup: role.roleGroup,
    description: role.description,
    exposureOrder: role.exposureOrder,
    regDateTime: role.regDateTime,
    roleTags: need.tags ? toRoleTags(role.roleTagIds) : null,
    attributes: need.attributes
      ? store.attributes.list((a) => a.roles.some((r) => r.roleId === role.roleId)).map(toAttributeProtocol)
      : null,
    roleRelations: need.relations
      ? role.roleRelations.map((rel) => {
          const r = related(rel.relatedRoleId);
          return {
            roleId: rel.relatedRoleId,
            roleName: r?.roleName ?? null,
            description: r?.description ?? null,
            roleGroup: r?.roleGroup ?? null,
            regDateTime: rel.regDateTime,
            roleApplyPolicyCode: rel.roleApplyPolicyCode,
            conditions: toConditionBundles(store, rel.conditions),
            roleTags: need.tags ? toRoleTags(r?.roleTagIds ?? []) : null,
          };
        })
      : null,
  };
}

export function toUserRelationBundle(
  store: RoleStore,
  rel: UserRoleRelation,
  withTags: boolean,
): UserRoleRelationBundleProtocol {
  const role = store.roles.get(rel.roleId);
  return {
    scopeId: rel.scopeId,
    roleId: rel.roleId,
    roleApplyPolicyCode: rel.roleApplyPolicyCode,
    conditions: toConditionBundles(store, rel.conditions),
    regYmdt: rel.regYmdt,
    roleName: role?.roleName ?? null,
    description: role?.description ?? null,
    roleGroup: role?.roleGroup ?? null,
    exposureOrder: role?.exposureOrder ?? 0,
    roleTags: withTags ? toRoleTags(role?.roleTagIds ?? []) : null,
  };
}

export type UserBundleNeeds = {
  relations: readonly UserRoleRelation[] | null;
  tags: boolean;
  counts: boolean;
};

export function toUserBundle(store: RoleStore, user: User, need: UserBundleNeeds): UserBundleProtocol {
  const counts = new Map<string, number>();
  for (const r of user.roleRelations) counts.set(r.scopeId, (counts.get(r.scopeId) ?? 0) + 1);
  return {
    userId: user.userId,
    description: user.description,
    regYmdt: user.regYmdt,
    roleRelations: need.relations
      ? need.relations.map((r) => toUserRelationBundle(store, r, need.tags))
      : null,
    roleCounts: need.counts ? [...counts].map(([scopeId, roleCount]) => ({ scopeId, roleCount })) : null,
  };
}
