import {
  checkResource,
  conditionsHoldFor,
  resolveResource,
  rolesForCheck,
  type CheckModel,
} from '../engine/check';
import type { Authorization, Resource, User } from '../engine/model';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../engine/options';
import type { RoleGraph } from '../engine/effective-roles';
import type { AttributeDataTypeCode } from '../wire/common';
import type { TrailingSlashPolicyCode } from '../wire/config';
import type { ResourceProtocol } from '../wire/resources';

export type ExplainInput = {
  user: User | undefined;
  graph: RoleGraph;
  resources: readonly ResourceProtocol[];
  /** Authorizations of the resolved resource (the only ones a check reads). */
  authorizations: readonly Authorization[];
  attributeTypes: ReadonlyMap<string, AttributeDataTypeCode>;
  trailingSlashPolicy: TrailingSlashPolicyCode;
  item: {
    operationId: string;
    resourceId?: string | undefined;
    resourcePath?: string | undefined;
    scopeId: string;
    attributes: readonly { attributeId: string; attributeValue: string }[];
  };
  /** The emulator's defaults; a real tenant may decide the open questions differently. */
  options?: EngineOptions;
};

export type Explanation = {
  permission: boolean;
  resource: Resource | undefined;
  /** The user's direct grants in the scope, each with whether its conditions hold for these attributes. */
  direct: { roleId: string; policy: 'ALLOW' | 'DENY'; conditionsHold: boolean }[];
  /** Roles the user effectively holds for this request (inheritance and DENY applied). */
  effective: string[];
  /** Roles authorized for the operation on the resolved resource. */
  granted: string[];
  /** The intersection: the roles that make the answer true. */
  deciding: string[];
};

export const toEngineResource = (r: ResourceProtocol): Resource => ({
  resourceId: r.resourceId,
  name: r.name ?? null,
  description: r.description ?? null,
  path: r.path,
  uiPath: r.uiPath,
  priority: r.priority,
  metadata: r.metadata ?? null,
});

export function modelOf(input: ExplainInput): CheckModel {
  return {
    users: new Map(input.user ? [[input.user.userId, input.user]] : []),
    graph: input.graph,
    resources: input.resources.map(toEngineResource),
    authorizations: input.authorizations,
    attributeTypes: input.attributeTypes,
    trailingSlashPolicy: input.trailingSlashPolicy,
  };
}

/** The resource a check would be made against, so its authorizations can be fetched before explaining. */
export const resolveFor = (input: Omit<ExplainInput, 'authorizations' | 'user'>) =>
  resolveResource(
    modelOf({ ...input, user: undefined, authorizations: [] }),
    input.item.resourceId,
    input.item.resourcePath,
  );

/**
 * Explains a check with the shared engine (the module the emulator answers checks with): which resource
 * matched, which direct grants apply, which roles that yields, which of them the resource grants.
 */
export function explainCheck(input: ExplainInput): Explanation {
  const opts = input.options ?? DEFAULT_ENGINE_OPTIONS;
  const model = modelOf(input);
  const { permission, resource } = checkResource(model, input.user?.userId ?? '', input.item, opts);
  const holds = conditionsHoldFor(input.item.attributes, input.attributeTypes, opts.missingAttributeFails);
  const direct = (input.user?.roleRelations ?? [])
    .filter((r) => r.scopeId === input.item.scopeId)
    .map((r) => ({ roleId: r.roleId, policy: r.roleApplyPolicyCode, conditionsHold: holds(r.conditions) }));
  const effective = input.user ? [...rolesForCheck(model, input.user, input.item, opts)].sort() : [];
  const granted = resource
    ? [
        ...new Set(
          input.authorizations
            .filter((a) => a.resourceId === resource.resourceId && a.operationId === input.item.operationId)
            .map((a) => a.roleId),
        ),
      ].sort()
    : [];
  return {
    permission,
    resource,
    direct,
    effective,
    granted,
    deciding: granted.filter((g) => effective.includes(g)),
  };
}
