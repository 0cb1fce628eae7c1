import { PolicyBindingPageResponse, PolicyBindingSetRequest, IDENTITY_TYPES } from '../../wire/policies';
import { badRequest } from '../errors';
import type { Collection } from '../../../../emulator-kit/doc-store';
import type { GroupRec, RoleRec, Stamps, UserRec } from '../records';
import { listQuery, readJson, sortItems, textFilter, type ListQuery } from '../request';
import { send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { groupSortKey, groupView } from '../views/groups';
import { roleSortKey, roleView } from '../views/roles';
import { bindingUser, userSortKey } from '../views/users';
import { viewContext } from '../views/view-context';
import { mustAll, mustGet, param, touched } from './shared';

type IdentityType = (typeof IDENTITY_TYPES)[number];
const target = { type: 'policy', param: 'policy_id' };

/** What users, groups and roles have in common for binding purposes. */
type Bindable = Stamps & { id: string; policy_ids: string[] };

const collectionOf = (deps: Deps, type: IdentityType): Collection<Bindable> =>
  ({ USER: deps.store.users, GROUP: deps.store.groups, ROLE: deps.store.roles })[type];

function pageOf<T>(items: T[], q: ListQuery, key: (x: T, f: string) => string): T[] {
  return sortItems(items, q.sortField, q.desc, key).slice(q.page * q.size, q.page * q.size + q.size);
}

/**
 * The users, groups and roles a policy is bound to. `count` is the number of matching identities of every type;
 * page and size apply to each of the three lists on its own.
 */
function bindingPage(
  c: ScpContext,
  deps: Deps,
  policyId: string,
  q: ListQuery,
  query: { type?: string | undefined; id?: string | undefined; name?: string | undefined },
) {
  const v = viewContext(deps);
  const wanted = (t: IdentityType) => !query.type || query.type.toUpperCase() === t;
  const nameOk = query.name ? textFilter(c, 'name') : undefined;
  const keep = (x: { id: string; policy_ids: string[] }, name: string) =>
    x.policy_ids.includes(policyId) && (!query.id || x.id === query.id) && (!nameOk || nameOk(name));
  const users = wanted('USER') ? deps.store.users.list((u) => keep(u, u.user_name)) : [];
  const groups = wanted('GROUP') ? deps.store.groups.list((g) => keep(g, g.name)) : [];
  const roles = wanted('ROLE') ? deps.store.roles.list((r) => keep(r, r.name)) : [];
  return send(c, PolicyBindingPageResponse, {
    count: users.length + groups.length + roles.length,
    page: q.page,
    size: q.size,
    sort: [`${q.sortField}:${q.desc ? 'desc' : 'asc'}`],
    policy_id: policyId,
    users: pageOf<UserRec>(users, q, userSortKey).map((u) => bindingUser(v, u)),
    groups: pageOf<GroupRec>(groups, q, groupSortKey).map((g) => groupView(v, g, { members: false })),
    roles: pageOf<RoleRec>(roles, q, roleSortKey).map((r) => roleView(v, r, false)),
  });
}

function list(c: ScpContext, deps: Deps) {
  const policy = mustGet(deps.store.policies, param(c, 'policy_id'), 'Policy');
  const type = c.req.query('identity_type');
  if (type && !(IDENTITY_TYPES as readonly string[]).includes(type.toUpperCase()))
    throw badRequest(`identity_type must be one of ${IDENTITY_TYPES.join(', ')}.`, 'INVALID_QUERY');
  const q = listQuery(c, ['created_at', 'modified_at', 'name']);
  return bindingPage(c, deps, policy.id, q, {
    type,
    id: c.req.query('identity_id'),
    name: c.req.query('name'),
  });
}

/** Adds and removes identities of one type; adding a bound one or removing an unbound one changes nothing. */
async function set(c: ScpContext, deps: Deps) {
  const policy = mustGet(deps.store.policies, param(c, 'policy_id'), 'Policy');
  const req = await readJson(c, PolicyBindingSetRequest);
  const collection = collectionOf(deps, req.identity_type);
  const kind = req.identity_type.charAt(0) + req.identity_type.slice(1).toLowerCase();
  const adds = mustAll(collection, req.add_ids ?? [], kind);
  const removes = mustAll(collection, req.remove_ids ?? [], kind);
  deps.store.transaction(() => {
    for (const x of adds)
      collection.put(
        x.id,
        touched(c, deps, { ...x, policy_ids: [...new Set([...x.policy_ids, policy.id])] }),
      );
    for (const x of removes) {
      const fresh = collection.get(x.id) ?? x;
      collection.put(
        x.id,
        touched(c, deps, { ...fresh, policy_ids: fresh.policy_ids.filter((id) => id !== policy.id) }),
      );
    }
  });
  return bindingPage(
    c,
    deps,
    policy.id,
    { page: 0, size: 20, sortField: 'created_at', desc: false },
    { type: req.identity_type },
  );
}

export const policyBindingRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/policies/:policy_id/bindings',
    action: 'iam:ListPolicyBindings',
    level: 'LIST',
    target,
    handler: list,
  },
  {
    method: 'PUT',
    path: '/v1/policies/:policy_id/bindings',
    action: 'iam:SetPolicyBinding',
    level: 'PERMISSION',
    target,
    handler: set,
  },
];
