import { Hono } from 'hono';
import {
  AttributeRoleRelationIdsRequestSchema,
  AttributeTagIdsRequestSchema,
  GetAttributeTagIdsResponseSchema,
  SearchAttributeRolesRequestSchema,
  SearchAttributeRolesResponseSchema,
  SearchAttributeTagsRequestSchema,
  SearchAttributeTagsResponseSchema,
  type SearchAttributeTagsRequest,
} from '../../wire/attributes';
import { toAttributeBundle } from '../attribute-usage';
import { reachableFrom } from '../../engine/effective-roles';
import { param, readBody, reply, replyOk, type HandlerContext } from '../http';
import type { Attribute } from '../model';
import { paginate } from '../paging';
import { RESULT, ensure } from '../result';
import { roleGraph } from '../snapshot';
import { checkId, dedupe, inList, startsWith } from '../validation';

type TagRow = { attributeId: string; attributeTagId: string; regYmdt: string };
const TAG_SORT = {
  'id.attributeTagId': (t: TagRow) => t.attributeTagId,
  'id.attributeId': (t: TagRow) => t.attributeId,
};
type RoleRow = ReturnType<typeof toAttributeBundle>['attributeRoleRelations'][number];

/** Role associations (which roles may use an attribute in conditions) and attribute tags. */
export function attributeLinkRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  const getAttribute = (id: string): Attribute => {
    const a = store.attributes.get(id);
    ensure(a, RESULT.INVALID_ATTRIBUTE, id);
    return a;
  };

  const tagRows = (q: SearchAttributeTagsRequest): TagRow[] =>
    store.attributes
      .list((a) => inList(a.attributeId, q.attributeIds) && startsWith(a.attributeId, q.attributeIdPreLike))
      .flatMap((a) => a.tags.map((t) => ({ attributeId: a.attributeId, ...t })))
      .filter(
        (t) =>
          inList(t.attributeTagId, q.attributeTagIds) &&
          startsWith(t.attributeTagId, q.attributeTagIdPreLike),
      );

  app.post('/attributes/tags/id', async (c) => {
    const rows = tagRows(await readBody(c, SearchAttributeTagsRequestSchema));
    const ids = dedupe(rows.map((r) => r.attributeTagId));
    const { page, totalItems } = paginate(c, ids, { 'id.attributeTagId': (t: string) => t }, [
      'id.attributeTagId,ASC',
    ]);
    return reply(c, GetAttributeTagIdsResponseSchema, { attributeTagIds: page, totalItems });
  });

  app.post('/attributes/tags/search', async (c) => {
    const rows = tagRows(await readBody(c, SearchAttributeTagsRequestSchema));
    const { page, totalItems } = paginate(c, rows, TAG_SORT, ['id.attributeTagId,ASC']);
    return reply(c, SearchAttributeTagsResponseSchema, { attributeTags: page, totalItems });
  });

  app.post('/attributes/:attributeId/roles/search', async (c) => {
    const a = getAttribute(param(c, 'attributeId'));
    const q = await readBody(c, SearchAttributeRolesRequestSchema);
    let rows = toAttributeBundle(ctx, a).attributeRoleRelations;
    if (q.searchRoleOptionCode === 'INDIRECT_ROLE') {
      // Roles that include an associated role may use the attribute through it.
      const graph = roleGraph(ctx);
      const direct = new Set(rows.map((r) => r.roleId));
      const extra = store.roles.list(
        (r) => !direct.has(r.roleId) && [...reachableFrom(r.roleId, graph)].some((x) => direct.has(x)),
      );
      rows = [
        ...rows,
        ...extra.map((r) => ({
          attributeId: a.attributeId,
          roleId: r.roleId,
          roleName: r.roleName,
          description: r.description,
          roleGroup: r.roleGroup,
          exposureOrder: r.exposureOrder,
          regYmdt: r.regDateTime,
        })),
      ];
    }
    const found = rows.filter((r) => inList(r.roleId, q.roleIds) && startsWith(r.roleId, q.roleIdPreLike));
    const sort = {
      'attribute.id.attributeId': (r: RoleRow) => r.attributeId,
      'id.roleId': (r: RoleRow) => r.roleId,
      exposureOrder: (r: RoleRow) => r.exposureOrder,
    };
    const { page, totalItems } = paginate(c, found, sort, ['attribute.id.attributeId,ASC', 'id.roleId,ASC']);
    return reply(c, SearchAttributeRolesResponseSchema, { attributeRoleRelations: page, totalItems });
  });

  app.post('/attributes/:attributeId/roles', async (c) => {
    const a = getAttribute(param(c, 'attributeId'));
    const { attributeRoleRelationIds } = await readBody(c, AttributeRoleRelationIdsRequestSchema);
    for (const id of attributeRoleRelationIds) ensure(store.roles.has(id), RESULT.ROLE_NOT_FOUND, id);
    const now = ctx.now();
    const added = dedupe(attributeRoleRelationIds).filter((id) => !a.roles.some((r) => r.roleId === id));
    store.attributes.put(a.attributeId, {
      ...a,
      roles: [...a.roles, ...added.map((roleId) => ({ roleId, regYmdt: now }))],
    });
    return replyOk(c);
  });

  app.delete('/attributes/:attributeId/roles', async (c) => {
    const a = getAttribute(param(c, 'attributeId'));
    const { attributeRoleRelationIds } = await readBody(c, AttributeRoleRelationIdsRequestSchema);
    store.attributes.put(a.attributeId, {
      ...a,
      roles: a.roles.filter((r) => !attributeRoleRelationIds.includes(r.roleId)),
    });
    return replyOk(c);
  });

  app.post('/attributes/:attributeId/tags', async (c) => {
    const a = getAttribute(param(c, 'attributeId'));
    const { attributeTagIds } = await readBody(c, AttributeTagIdsRequestSchema);
    for (const id of attributeTagIds) checkId('attributeTagId', id);
    const now = ctx.now();
    const added = dedupe(attributeTagIds).filter((id) => !a.tags.some((t) => t.attributeTagId === id));
    store.attributes.put(a.attributeId, {
      ...a,
      tags: [...a.tags, ...added.map((attributeTagId) => ({ attributeTagId, regYmdt: now }))],
    });
    return replyOk(c);
  });

  app.delete('/attributes/:attributeId/tags', async (c) => {
    const a = getAttribute(param(c, 'attributeId'));
    const { attributeTagIds } = await readBody(c, AttributeTagIdsRequestSchema);
    store.attributes.put(a.attributeId, {
      ...a,
      tags: a.tags.filter((t) => !attributeTagIds.includes(t.attributeTagId)),
    });
    return replyOk(c);
  });

  return app;
}
