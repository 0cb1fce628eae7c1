import type { AttributeDataTypeCode } from '../wire/common';
import type { TrailingSlashPolicyCode } from '../wire/config';
import { ALL_SCOPE, type Authorization, type Condition, type Resource, type User } from './model';
import { evaluateCondition } from './conditions';
import { effectiveRoles, type ConditionsHold, type RoleGraph } from './effective-roles';
import type { EngineOptions } from './options';
import { bestPathMatch } from './path-match';

/** Everything a check reads, captured once per request so the engine stays free of storage. */
export type CheckModel = {
  users: ReadonlyMap<string, User>;
  graph: RoleGraph;
  resources: readonly Resource[];
  authorizations: readonly Authorization[];
  attributeTypes: ReadonlyMap<string, AttributeDataTypeCode>;
  trailingSlashPolicy: TrailingSlashPolicyCode;
};

export type CheckContext = {
  scopeId?: string | null | undefined;
  attributes: readonly { attributeId: string; attributeValue: string }[];
};

/** Conditions are AND-ed; each is evaluated against the single value the caller sent for its attribute. */
export function conditionsHoldFor(
  attributes: CheckContext['attributes'],
  attributeTypes: ReadonlyMap<string, AttributeDataTypeCode>,
  missingAttributeFails: boolean,
): ConditionsHold {
  const values = new Map(attributes.map((a) => [a.attributeId, a.attributeValue]));
  return (conditions: readonly Condition[]) =>
    conditions.every((c) => {
      const type = attributeTypes.get(c.attributeId);
      const value = values.get(c.attributeId);
      if (type === undefined) return false;
      if (value === undefined) return !missingAttributeFails;
      return evaluateCondition(c, type, value);
    });
}

/** Clients send "" for a field they leave out (NHN's own console example does), so "" counts as absent. */
export function given(v: string | null | undefined): string | undefined {
  return v === null || v === undefined || v === '' ? undefined : v;
}

export const resolveScope = (scopeId: string | null | undefined) => given(scopeId) ?? ALL_SCOPE;

/** The roles `user` holds for a check in `scopeId` with the given attributes. */
export function rolesForCheck(
  model: CheckModel,
  user: User,
  ctx: CheckContext,
  opts: EngineOptions,
): Set<string> {
  const scope = resolveScope(ctx.scopeId);
  const relations = user.roleRelations.filter(
    (r) => r.scopeId === scope || (opts.allScopeIsWildcard && r.scopeId === ALL_SCOPE),
  );
  const holds = conditionsHoldFor(ctx.attributes, model.attributeTypes, opts.missingAttributeFails);
  return effectiveRoles(relations, model.graph, holds, opts);
}

export function checkRole(
  model: CheckModel,
  userId: string,
  roleId: string,
  ctx: CheckContext,
  opts: EngineOptions,
): boolean {
  const user = model.users.get(userId);
  return user !== undefined && rolesForCheck(model, user, ctx, opts).has(roleId);
}

/** Resolves the checked resource: the ID when one is given (even if a path is too), else the best path match. */
export function resolveResource(
  model: CheckModel,
  resourceId: string | null | undefined,
  resourcePath: string | null | undefined,
): Resource | undefined {
  const id = given(resourceId);
  if (id !== undefined) return model.resources.find((r) => r.resourceId === id);
  const path = given(resourcePath);
  if (path !== undefined) return bestPathMatch(model.resources, path, model.trailingSlashPolicy);
  return undefined;
}

export function checkResource(
  model: CheckModel,
  userId: string,
  item: CheckContext & {
    operationId: string;
    resourceId?: string | null | undefined;
    resourcePath?: string | null | undefined;
  },
  opts: EngineOptions,
): { permission: boolean; resource: Resource | undefined } {
  const resource = resolveResource(model, item.resourceId, item.resourcePath);
  const user = model.users.get(userId);
  if (!resource || !user) return { permission: false, resource };
  const roles = rolesForCheck(model, user, item, opts);
  const permission = model.authorizations.some(
    (a) => a.resourceId === resource.resourceId && a.operationId === item.operationId && roles.has(a.roleId),
  );
  return { permission, resource };
}
