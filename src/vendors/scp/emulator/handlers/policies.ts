import {
  ListPolicyRemoveRequest,
  Policy,
  PolicyCreateRequest,
  PolicyPageResponse,
  PolicyQueryRequest,
  PolicySetRequest,
  type PolicyVersionCreateRequest,
} from '../../wire/policies';
import { badRequest, conflict, forbidden } from '../errors';
import { newId } from '../ids';
import type { PolicyRec, VersionRec } from '../records';
import { listParam, listQuery, paginate, readJson, textFilter } from '../request';
import { noContent, send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { policySortKey, policyView } from '../views/policies';
import { stampNames, viewContext } from '../views/view-context';
import { withSids } from '../views/documents';
import { POLICY_SORT, basicPolicyFilter, serviceKey } from './policy-filters';
import { mustAll, mustGet, newStamps, param, sameName, touched } from './shared';

/** Versions kept per policy; the oldest non-default one goes when a sixth is added. */
const MAX_VERSIONS = 5;
const target = { type: 'policy', param: 'policy_id' };

function listPolicies(c: ScpContext, deps: Deps, excluded: readonly string[]) {
  const q = listQuery(c, POLICY_SORT);
  const v = viewContext(deps);
  const basic = basicPolicyFilter(c, 'id');
  const services = listParam(c, 'service_type').map(serviceKey);
  const people = (['creator_name', 'creator_email', 'modifier_name', 'modifier_email'] as const).map(
    (k) => [k, textFilter(c, k)] as const,
  );
  const exGroup = c.req.query('exclude_group_id');
  const exUser = c.req.query('exclude_user_id');
  const groupBound = exGroup ? mustGet(deps.store.groups, exGroup, 'Group').policy_ids : [];
  const userBound = exUser ? mustGet(deps.store.users, exUser, 'User').policy_ids : [];
  const hidden = new Set([...excluded, ...groupBound, ...userBound]);
  const matches = deps.store.policies.list((p) => {
    if (hidden.has(p.id) || !basic(p)) return false;
    if (services.length && !services.includes(serviceKey(p.service_type))) return false;
    const names = stampNames(v, p);
    return people.every(([k, f]) => !f || f(names[k]));
  });
  const { items, ...page } = paginate(matches, q, policySortKey);
  return send(c, PolicyPageResponse, { ...page, policies: items.map((p) => policyView(v, p)) });
}

function newVersion(c: ScpContext, deps: Deps, req: PolicyVersionCreateRequest, ordinal: number): VersionRec {
  return {
    id: newId(),
    name: req.policy_version_name ?? `POLICY_VERSION_${ordinal}`,
    document: withSids(req.policy_document),
    ...newStamps(c, deps),
  };
}

function assertUniqueName(deps: Deps, name: string, selfId?: string): void {
  if (deps.store.policies.list((p) => p.id !== selfId && sameName(p.policy_name, name)).length)
    throw conflict(`A policy named "${name}" already exists.`, 'DUPLICATE_NAME');
}

/** Where a policy is bound; a bound policy cannot be deleted. */
export function isBound(deps: Deps, id: string): boolean {
  const has = (x: { policy_ids: string[] }) => x.policy_ids.includes(id);
  return (
    deps.store.users.list(has).length +
      deps.store.groups.list(has).length +
      deps.store.roles.list(has).length >
    0
  );
}

function assertDeletable(deps: Deps, p: PolicyRec, systemStatus: 400 | 403): void {
  if (p.policy_type === 'SYSTEM_MANAGED') {
    const msg = `Policy "${p.policy_name}" is SYSTEM_MANAGED and cannot be deleted.`;
    throw systemStatus === 403 ? forbidden(msg) : badRequest(msg, 'SYSTEM_MANAGED');
  }
  if (isBound(deps, p.id))
    throw conflict(`Policy "${p.policy_name}" is still bound to users, groups or roles.`, 'POLICY_IN_USE');
}

async function create(c: ScpContext, deps: Deps) {
  const req = await readJson(c, PolicyCreateRequest);
  if (req.policy_type === 'SYSTEM_MANAGED') throw forbidden('SYSTEM_MANAGED policies are managed by SCP.');
  if ((req.policy_category ?? 'IDENTITY_BASED') !== 'IDENTITY_BASED')
    throw badRequest(
      'Only IDENTITY_BASED policies are created here; resource-based ones live under /v1/resource-policies.',
      'INVALID_CATEGORY',
    );
  assertUniqueName(deps, req.policy_name);
  const version = newVersion(c, deps, req.policy_version, 1);
  const rec: PolicyRec = {
    id: newId(),
    policy_name: req.policy_name,
    description: req.description ?? null,
    policy_category: 'IDENTITY_BASED',
    policy_type: req.policy_type ?? 'USER_DEFINED',
    service_type: req.service_type ?? 'iam',
    state: 'ACTIVE',
    tags: req.tags ?? [],
    versions: [version],
    default_version_id: version.id,
    ...newStamps(c, deps),
  };
  deps.store.policies.put(rec.id, rec);
  return send(c, Policy, policyView(viewContext(deps), rec), 201);
}

async function set(c: ScpContext, deps: Deps) {
  const rec = mustGet(deps.store.policies, param(c, 'policy_id'), 'Policy');
  const req = await readJson(c, PolicySetRequest);
  if (rec.policy_type === 'SYSTEM_MANAGED')
    throw forbidden(`Policy "${rec.policy_name}" is SYSTEM_MANAGED and cannot be changed.`);
  if (req.policy_name) assertUniqueName(deps, req.policy_name, rec.id);
  let versions = rec.versions;
  let defaultId = rec.default_version_id;
  if (req.policy_version) {
    const added = newVersion(c, deps, req.policy_version, versions.length + 1);
    versions = [...versions, added];
    defaultId = added.id;
  }
  if (req.default_version_id) {
    if (!versions.some((x) => x.id === req.default_version_id))
      throw badRequest(
        `Version "${req.default_version_id}" is not a version of this policy.`,
        'UNKNOWN_VERSION',
      );
    defaultId = req.default_version_id;
  }
  while (versions.length > MAX_VERSIONS) {
    const drop = versions.find((x) => x.id !== defaultId);
    versions = versions.filter((x) => x !== drop);
  }
  const next = touched(c, deps, {
    ...rec,
    policy_name: req.policy_name ?? rec.policy_name,
    description: req.description === undefined ? rec.description : req.description,
    versions,
    default_version_id: defaultId,
  });
  deps.store.policies.put(rec.id, next);
  return send(c, Policy, policyView(viewContext(deps), next));
}

function remove(c: ScpContext, deps: Deps) {
  const rec = mustGet(deps.store.policies, param(c, 'policy_id'), 'Policy');
  assertDeletable(deps, rec, 403);
  deps.store.policies.delete(rec.id);
  return noContent(c);
}

async function removeMany(c: ScpContext, deps: Deps) {
  const { ids } = await readJson(c, ListPolicyRemoveRequest);
  const recs = mustAll(deps.store.policies, ids, 'Policy');
  for (const p of recs) assertDeletable(deps, p, 400);
  deps.store.transaction(() => {
    for (const p of recs) deps.store.policies.delete(p.id);
  });
  return noContent(c);
}

export const policyRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/policies',
    action: 'iam:ListPolicies',
    level: 'LIST',
    handler: (c, d) => listPolicies(c, d, []),
  },
  {
    method: 'POST',
    path: '/v1/policies/list',
    action: 'iam:ListPolicies',
    level: 'LIST',
    handler: async (c, d) =>
      listPolicies(c, d, (await readJson(c, PolicyQueryRequest)).excluded_policy_ids ?? []),
  },
  { method: 'POST', path: '/v1/policies', action: 'iam:CreatePolicy', level: 'PERMISSION', handler: create },
  {
    method: 'DELETE',
    path: '/v1/policies/bulk',
    action: 'iam:DeleteBulkPolicy',
    level: 'PERMISSION',
    handler: removeMany,
  },
  {
    method: 'GET',
    path: '/v1/policies/:policy_id',
    action: 'iam:ShowPolicy',
    level: 'PERMISSION',
    target,
    handler: (c, d) =>
      send(c, Policy, policyView(viewContext(d), mustGet(d.store.policies, param(c, 'policy_id'), 'Policy'))),
  },
  {
    method: 'PUT',
    path: '/v1/policies/:policy_id',
    action: 'iam:SetPolicy',
    level: 'PERMISSION',
    target,
    handler: set,
  },
  {
    method: 'DELETE',
    path: '/v1/policies/:policy_id',
    action: 'iam:DeletePolicy',
    level: 'PERMISSION',
    target,
    handler: remove,
  },
];
