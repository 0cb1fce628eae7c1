import type { PolicyDocument } from '../../wire/common';
import {
  RoleBulkDeleteRequest,
  RoleCreateRequest,
  RolePageResponse,
  RoleSetRequest,
  RoleShowResponse,
  RoleTrustPolicyRequest,
  RoleTrustPolicyShowResponse,
} from '../../wire/roles';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { newId } from '../ids';
import type { RoleRec } from '../records';
import { listParam, listQuery, paginate, readJson, textFilter } from '../request';
import { noContent, send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { identityDocument, withSids } from '../views/documents';
import { roleSortKey, roleView } from '../views/roles';
import { viewContext } from '../views/view-context';
import { metaOf } from '../store';
import { mustAll, mustGet, newStamps, param, sameName, touched } from './shared';

const target = { type: 'role', param: 'role_id' };

/** A trust policy built from the `principals` list when the request brings no document. */
function trustFromPrincipals(principals: { type: string; value: string }[]): PolicyDocument {
  const byType: Record<string, string[]> = {};
  for (const p of principals) (byType[p.type] ??= []).push(p.value);
  return {
    Version: '2024-07-01',
    Statement: [
      { Sid: 'statement1', Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: byType, Resource: [] },
    ],
  };
}

/** SCP manages SERVICE and SERVICE_LINKED roles itself. */
function assertDeletable(r: RoleRec): void {
  if (r.type === 'SERVICE' || r.type === 'SERVICE_LINKED')
    throw forbidden(`Role "${r.name}" is ${r.type} and cannot be deleted.`);
}

function checkAccountId(deps: Deps, accountId: string | null | undefined): void {
  if (accountId && accountId !== metaOf(deps.store).account_id) throw notFound('Account', accountId);
}

function list(c: ScpContext, deps: Deps) {
  const q = listQuery(c, ['created_at', 'modified_at', 'name']);
  checkAccountId(deps, c.req.query('account_id'));
  const name = textFilter(c, 'name');
  // The seed names the type filter role_type; the 1.0 SDK sends types.
  const types = [...listParam(c, 'role_type'), ...listParam(c, 'types')];
  const exPolicy = c.req.query('exclude_policy_id');
  if (exPolicy) mustGet(deps.store.policies, exPolicy, 'Policy');
  const matches = deps.store.roles.list(
    (r) =>
      (!name || name(r.name)) &&
      (!types.length || types.includes(r.type)) &&
      !(exPolicy && r.policy_ids.includes(exPolicy)),
  );
  const { items, ...page } = paginate(matches, q, roleSortKey);
  const v = viewContext(deps);
  return send(c, RolePageResponse, { ...page, roles: items.map((r) => roleView(v, r)) });
}

async function create(c: ScpContext, deps: Deps) {
  const req = await readJson(c, RoleCreateRequest);
  checkAccountId(deps, req.account_id);
  if (deps.store.roles.list((r) => sameName(r.name, req.name)).length)
    throw conflict(`A role named "${req.name}" already exists.`, 'DUPLICATE_NAME');
  mustAll(deps.store.policies, req.policy_ids, 'Policy');
  const principals = req.principals ?? [];
  const document =
    req.assume_role_policy_document ?? (principals.length ? trustFromPrincipals(principals) : undefined);
  if (!document)
    throw badRequest(
      'A role needs assume_role_policy_document or principals: someone must be able to assume it.',
      'MISSING_TRUST_POLICY',
    );
  const stamps = newStamps(c, deps);
  const rec: RoleRec = {
    id: newId(),
    name: req.name,
    description: req.description ?? null,
    type: 'USER_DEFINED',
    max_session_duration: req.max_session_duration ?? 3600,
    tags: req.tags ?? [],
    principals,
    trust: { id: newId(), document: withSids(document), ...stamps },
    policy_ids: [...new Set(req.policy_ids)],
    ...stamps,
  };
  deps.store.roles.put(rec.id, rec);
  return send(c, RoleShowResponse, { role: roleView(viewContext(deps), rec) }, 202);
}

async function set(c: ScpContext, deps: Deps) {
  const rec = mustGet(deps.store.roles, param(c, 'role_id'), 'Role');
  const req = await readJson(c, RoleSetRequest);
  const next = touched(c, deps, {
    ...rec,
    description: req.description === undefined ? rec.description : req.description,
    max_session_duration: req.max_session_duration ?? rec.max_session_duration,
  });
  deps.store.roles.put(rec.id, next);
  return send(c, RoleShowResponse, { role: roleView(viewContext(deps), next) });
}

async function setTrust(c: ScpContext, deps: Deps) {
  const rec = mustGet(deps.store.roles, param(c, 'role_id'), 'Role');
  const { assume_role_policy_document } = await readJson(c, RoleTrustPolicyRequest);
  const trust = touched(c, deps, { ...rec.trust, document: withSids(assume_role_policy_document) });
  deps.store.roles.put(rec.id, touched(c, deps, { ...rec, trust }));
  const { document, ...stamps } = trust;
  return send(c, RoleTrustPolicyShowResponse, {
    ...stamps,
    assume_role_policy_document: identityDocument(document),
  });
}

/** Deletes by ids and names together; this route documents no 404, so an unknown one is a 400. */
async function removeMany(c: ScpContext, deps: Deps) {
  const req = await readJson(c, RoleBulkDeleteRequest);
  checkAccountId(deps, req.account_id);
  const ids = (req.role_ids ?? []).filter((x) => x !== '');
  const names = (req.role_names ?? []).filter((x) => x !== '');
  const missing = [
    ...ids.filter((id) => !deps.store.roles.has(id)),
    ...names.filter((n) => !deps.store.roles.list((r) => r.name === n).length),
  ];
  if (missing.length) throw badRequest(`Unknown role(s): ${missing.join(', ')}.`, 'UNKNOWN_REFERENCE');
  const roles = deps.store.roles.list((r) => ids.includes(r.id) || names.includes(r.name));
  roles.forEach(assertDeletable);
  deps.store.transaction(() => {
    for (const r of roles) deps.store.roles.delete(r.id);
  });
  return noContent(c);
}

export const roleRoutes: RouteSpec[] = [
  { method: 'GET', path: '/v1/roles', action: 'iam:ListRoles', level: 'LIST', handler: list },
  { method: 'POST', path: '/v1/roles', action: 'iam:CreateRole', level: 'CREATE', handler: create },
  {
    method: 'DELETE',
    path: '/v1/roles/bulk',
    action: 'iam:DeleteBulkRole',
    level: 'DELETE',
    handler: removeMany,
  },
  {
    method: 'GET',
    path: '/v1/roles/:role_id',
    action: 'iam:ShowRole',
    level: 'READ',
    target,
    handler: (c, d) =>
      send(c, RoleShowResponse, {
        role: roleView(viewContext(d), mustGet(d.store.roles, param(c, 'role_id'), 'Role')),
      }),
  },
  { method: 'PUT', path: '/v1/roles/:role_id', action: 'iam:SetRole', level: 'UPDATE', target, handler: set },
  {
    method: 'PUT',
    path: '/v1/roles/:role_id/trust-policy',
    action: 'iam:SetRoleTrustPolicy',
    level: 'UPDATE',
    target,
    handler: setTrust,
  },
  {
    method: 'DELETE',
    path: '/v1/roles/:role_id',
    action: 'iam:DeleteRole',
    level: 'DELETE',
    target,
    handler: (c, d) => {
      const rec = mustGet(d.store.roles, param(c, 'role_id'), 'Role');
      assertDeletable(rec);
      d.store.roles.delete(rec.id);
      return noContent(c);
    },
  },
];
