import { Hono, type Context } from 'hono';
import { ATTRIBUTE_DATA_TYPE_CODES } from '../../wire/common';
import {
  CreateAttributeRequestSchema,
  DeleteAttributesRequestSchema,
  GetAttributeDataTypeResponseSchema,
  GetAttributeIdsResponseSchema,
  GetAttributeResponseSchema,
  SearchAttributesRequestSchema,
  SearchAttributesResponseSchema,
  UpdateAttributeRequestSchema,
  ValidateConditionValuesRequestSchema,
  type SearchAttributesRequest,
} from '../../wire/attributes';
import { attributeInUse, stripConditions, toAttributeBundle } from '../attribute-usage';
import { OPERATORS_BY_TYPE } from '../../engine/conditions';
import { param, queryBool, readBody, readIdList, reply, replyOk, type HandlerContext } from '../http';
import type { Attribute } from '../model';
import { paginate, type SortProps } from '../paging';
import { RESULT, ensure } from '../result';
import { toConditions } from '../relations';
import {
  anyInList,
  checkId,
  checkText,
  checkUnique,
  contains,
  dedupe,
  inList,
  startsWith,
} from '../validation';

const SORT: SortProps<Attribute> = {
  'id.attributeId': (a) => a.attributeId,
  attributeCreationTypeCode: (a) => a.attributeCreationTypeCode,
  attributeDataTypeCode: (a) => a.attributeDataTypeCode,
  attributeName: (a) => a.attributeName,
};

export function attributeRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  const getAttribute = (id: string): Attribute => {
    const a = store.attributes.get(id);
    ensure(a, RESULT.INVALID_ATTRIBUTE, id);
    return a;
  };

  /** Role associations and tags keep their first date when a replace sends them again. */
  const links = (
    old: Attribute | undefined,
    roleIds: readonly string[] | null | undefined,
    tagIds: readonly string[] | null | undefined,
  ) => {
    const now = ctx.now();
    for (const id of roleIds ?? []) ensure(store.roles.has(id), RESULT.ROLE_NOT_FOUND, id);
    for (const id of tagIds ?? []) checkId('attributeTagId', id);
    return {
      roles: roleIds
        ? dedupe(roleIds).map(
            (roleId) => old?.roles.find((r) => r.roleId === roleId) ?? { roleId, regYmdt: now },
          )
        : (old?.roles ?? []),
      tags: tagIds
        ? dedupe(tagIds).map(
            (attributeTagId) =>
              old?.tags.find((t) => t.attributeTagId === attributeTagId) ?? { attributeTagId, regYmdt: now },
          )
        : (old?.tags ?? []),
    };
  };

  const deleteAttributes = (ids: readonly string[], force: boolean) => {
    checkUnique(ids, RESULT.INVALID_ARGUMENT);
    for (const id of ids) {
      getAttribute(id);
      ensure(force || !attributeInUse(ctx, id), RESULT.ATTRIBUTE_IN_USE, id);
    }
    store.transaction(() => {
      for (const id of ids) {
        stripConditions(ctx, id);
        store.attributes.delete(id);
      }
    });
  };

  const search = (c: Context, q: SearchAttributesRequest) => {
    const found = store.attributes.list(
      (a) =>
        inList(a.attributeId, q.attributeIds) &&
        startsWith(a.attributeId, q.attributeIdPreLike) &&
        inList(a.attributeCreationTypeCode, q.attributeCreationTypeCodes) &&
        inList(a.attributeDataTypeCode, q.attributeDataTypeCodes) &&
        anyInList(
          a.tags.map((t) => t.attributeTagId),
          q.attributeTagIds,
        ) &&
        contains(a.description, q.descriptionLike) &&
        anyInList(
          a.roles.map((r) => r.roleId),
          q.roleIds,
        ) &&
        (!q.roleIdPreLike || a.roles.some((r) => startsWith(r.roleId, q.roleIdPreLike))),
    );
    return paginate(c, found, SORT, ['id.attributeId,ASC']);
  };

  app.post('/attributes', async (c) => {
    const body = await readBody(c, CreateAttributeRequestSchema);
    checkId('attributeId', body.attributeId);
    checkText('attributeName', body.attributeName);
    checkText('description', body.description);
    ensure(!store.attributes.has(body.attributeId), RESULT.DUPLICATE_ATTRIBUTE, body.attributeId);
    store.attributes.put(body.attributeId, {
      attributeId: body.attributeId,
      attributeName: body.attributeName ?? null,
      description: body.description ?? null,
      attributeCreationTypeCode: 'ROLE_ATTRIBUTE',
      attributeDataTypeCode: body.attributeDataTypeCode,
      ...links(undefined, body.attributeRoleRelationIds, body.attributeTagIds),
    });
    return replyOk(c);
  });

  app.delete('/attributes', async (c) => {
    const body = await readIdList(c, 'attributeIds', DeleteAttributesRequestSchema);
    deleteAttributes(body.attributeIds, body.forceDelete ?? false);
    return replyOk(c);
  });

  app.post('/attributes/id', async (c) => {
    const { page, totalItems } = search(c, await readBody(c, SearchAttributesRequestSchema));
    return reply(c, GetAttributeIdsResponseSchema, {
      attributeIds: page.map((a) => a.attributeId),
      totalItems,
    });
  });

  app.post('/attributes/search', async (c) => {
    const { page, totalItems } = search(c, await readBody(c, SearchAttributesRequestSchema));
    return reply(c, SearchAttributesResponseSchema, {
      attributes: page.map((a) => toAttributeBundle(ctx, a)),
      totalItems,
    });
  });

  app.post('/attributes/data-types', (c) => {
    const dataTypes = ATTRIBUTE_DATA_TYPE_CODES.map((dataType) => ({
      dataType,
      operators: OPERATORS_BY_TYPE[dataType],
    }));
    return reply(c, GetAttributeDataTypeResponseSchema, { dataTypes });
  });

  app.post('/attributes/condition/validate', async (c) => {
    const body = await readBody(c, ValidateConditionValuesRequestSchema);
    toConditions(ctx, body.conditions, undefined);
    return replyOk(c);
  });

  app.get('/attributes/:attributeId', (c) => {
    const a = getAttribute(param(c, 'attributeId'));
    return reply(c, GetAttributeResponseSchema, {
      attribute: toAttributeBundle(ctx, a),
      attributeInUse: attributeInUse(ctx, a.attributeId),
    });
  });

  /** Changing the data type of an attribute that conditions use would invalidate them: 20005. */
  app.put('/attributes/:attributeId', async (c) => {
    const a = getAttribute(param(c, 'attributeId'));
    const body = await readBody(c, UpdateAttributeRequestSchema);
    checkText('attributeName', body.attributeName);
    checkText('description', body.description);
    ensure(
      body.attributeDataTypeCode === a.attributeDataTypeCode || !attributeInUse(ctx, a.attributeId),
      RESULT.ATTRIBUTE_IN_USE,
      a.attributeId,
    );
    store.attributes.put(a.attributeId, {
      ...a,
      attributeName: body.attributeName === undefined ? a.attributeName : body.attributeName,
      description: body.description === undefined ? a.description : body.description,
      attributeDataTypeCode: body.attributeDataTypeCode,
      ...links(a, body.attributeRoleRelationIds, body.attributeTagIds),
    });
    return replyOk(c);
  });

  app.delete('/attributes/:attributeId', (c) => {
    deleteAttributes([param(c, 'attributeId')], queryBool(c, 'forceDelete') ?? false);
    return replyOk(c);
  });

  return app;
}
