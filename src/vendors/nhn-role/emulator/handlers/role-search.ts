import { Hono } from 'hono';
import {
  GetRolesRequestSchema,
  SearchContainingRolesRequestSchema,
  SearchContainingRolesResponseSchema,
  GetRolesResponseSchema,
  SearchRoleAttributesRequestSchema,
  SearchRoleAttributesResponseSchema,
  type GetRolesRequest,
} from '../../wire/roles';
import { toAttributeProtocol, toRoleBundle } from '../bundles';
import { reachableFrom } from '../../engine/effective-roles';
import { param, readBody, reply, type HandlerContext } from '../http';
import type { Attribute, Role } from '../model';
import { paginate, type SortProps } from '../paging';
import { RESULT, ensure } from '../result';
import { attributeUsableBy } from '../relations';
import { roleGraph } from '../snapshot';
import { anyInList, contains, inList, startsWith } from '../validation';

const ROLE_SORT: SortProps<Role> = {
  exposureOrder: (r) => r.exposureOrder,
  'id.roleId': (r) => r.roleId,
  roleName: (r) => r.roleName,
  roleGroup: (r) => r.roleGroup,
  regDateTime: (r) => r.regDateTime,
};
const ATTRIBUTE_SORT: SortProps<Attribute> = {
  attributeCreationTypeCode: (a) => a.attributeCreationTypeCode,
  'id.attributeId': (a) => a.attributeId,
  attributeName: (a) => a.attributeName,
};

/**
 * `roleTagIdExpr`: groups separated by `;` are OR-ed, tags inside a group separated by `,` are AND-ed
 * (the v3 wording); the option swaps the two separators for the v1 example's reading.
 */
export function matchesTagExpr(tags: readonly string[], expr: string, semicolonIsOr: boolean): boolean {
  const [or, and] = semicolonIsOr ? [';', ','] : [',', ';'];
  return expr
    .split(or)
    .map((g) =>
      g
        .split(and)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    )
    .filter((g) => g.length > 0)
    .some((group) => group.every((t) => tags.includes(t)));
}

export function roleSearchRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  const matches = (q: GetRolesRequest) => {
    const graph = roleGraph(ctx);
    const attributes = store.attributes.list();
    const attrRoles = (pick: (a: Attribute) => boolean) =>
      new Set(attributes.filter(pick).flatMap((a) => a.roles.map((r) => r.roleId)));
    const byAttribute = q.attributeIds?.length
      ? attrRoles((a) => inList(a.attributeId, q.attributeIds))
      : null;
    const byAttributeTag = q.attributeTagIds?.length
      ? attrRoles((a) => a.tags.some((t) => inList(t.attributeTagId, q.attributeTagIds)))
      : null;
    return (r: Role) => {
      const related =
        q.searchRoleOptionCode === 'INDIRECT_ROLE'
          ? [...reachableFrom(r.roleId, graph)].filter((id) => id !== r.roleId)
          : r.roleRelations.map((x) => x.relatedRoleId);
      return (
        inList(r.roleId, q.roleIds) &&
        startsWith(r.roleId, q.roleIdPreLike) &&
        contains(r.roleName, q.roleNameLike) &&
        (!q.roleGroup || r.roleGroup === q.roleGroup) &&
        contains(r.roleGroup, q.roleGroupLike) &&
        contains(r.description, q.descriptionLike) &&
        anyInList(related, q.relatedRoleIds) &&
        anyInList(r.roleTagIds, q.roleTagIds) &&
        (!q.roleTagIdExpr ||
          matchesTagExpr(r.roleTagIds, q.roleTagIdExpr, ctx.options.roleTagExprSemicolonIsOr)) &&
        (!byAttribute || byAttribute.has(r.roleId)) &&
        (!byAttributeTag || byAttributeTag.has(r.roleId))
      );
    };
  };

  app.post('/roles/search', async (c) => {
    const q = await readBody(c, GetRolesRequestSchema);
    const { page, totalItems } = paginate(c, store.roles.list(matches(q)), ROLE_SORT, [
      'exposureOrder,ASC',
      'id.roleId,ASC',
    ]);
    const need = {
      attributes: q.needAttributes ?? false,
      relations: q.needRoleRelations ?? false,
      tags: q.needRoleTags ?? false,
    };
    return reply(c, GetRolesResponseSchema, {
      roles: page.map((r) => toRoleBundle(store, r, need)),
      totalItems,
    });
  });

  /**
   * Roles "upward compatible" with the base role: they reach (include, transitively) every role the base
   * role directly includes with ALLOW. The base role itself is not listed.
   */
  app.post('/roles/:roleId/containing-roles/search', async (c) => {
    const base = store.roles.get(param(c, 'roleId'));
    ensure(base, RESULT.ROLE_NOT_FOUND, param(c, 'roleId'));
    const q = await readBody(c, SearchContainingRolesRequestSchema);
    const graph = roleGraph(ctx);
    const subRoles = base.roleRelations
      .filter((r) => r.roleApplyPolicyCode === 'ALLOW')
      .map((r) => r.relatedRoleId);
    const found = store.roles.list((r) => {
      if (r.roleId === base.roleId) return false;
      // A role does not include itself: the sub-role alone is not upward compatible with its parent.
      const reach = reachableFrom(r.roleId, graph);
      reach.delete(r.roleId);
      return (
        subRoles.every((s) => reach.has(s)) &&
        anyInList(r.roleTagIds, q.roleTagIds) &&
        (!q.roleGroups?.length || (r.roleGroup !== null && q.roleGroups.includes(r.roleGroup)))
      );
    });
    const { page, totalItems } = paginate(c, found, ROLE_SORT, ['id.roleId,ASC']);
    return reply(c, SearchContainingRolesResponseSchema, { roleIds: page.map((r) => r.roleId), totalItems });
  });

  /** The attributes conditions on this role may use: every COMMON one plus those associated with it. */
  app.post('/roles/:roleId/attributes/search', async (c) => {
    const roleId = param(c, 'roleId');
    ensure(store.roles.has(roleId), RESULT.ROLE_NOT_FOUND, roleId);
    const q = await readBody(c, SearchRoleAttributesRequestSchema);
    const found = store.attributes.list(
      (a) =>
        attributeUsableBy(a, roleId) &&
        inList(a.attributeId, q.attributeIds) &&
        contains(a.attributeName, q.attributeNameLike) &&
        anyInList(
          a.tags.map((t) => t.attributeTagId),
          q.attributeTagIds,
        ),
    );
    const { page, totalItems } = paginate(c, found, ATTRIBUTE_SORT, [
      'attributeCreationTypeCode,ASC',
      'id.attributeId,ASC',
    ]);
    const attributes = page.map((a) => ({
      ...toAttributeProtocol(a),
      attributeTagIds: a.tags.map((t) => t.attributeTagId),
    }));
    return reply(c, SearchRoleAttributesResponseSchema, { attributes, totalItems });
  });

  return app;
}
