import { GroupCreateRequest, GroupPageResponse, GroupSetRequest, GroupShowResponse } from '../../wire/groups';
import { conflict } from '../errors';
import { newId } from '../ids';
import type { GroupRec } from '../records';
import { boolParam, listParam, listQuery, paginate, readJson, textFilter } from '../request';
import { noContent, send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { groupSortKey, groupView, rolesOfGroup } from '../views/groups';
import { stampNames, viewContext } from '../views/view-context';
import { mustAllOr400, mustGet, newStamps, param, sameName, touched } from './shared';

const target = { type: 'group', param: 'group_id' };

function assertUniqueName(deps: Deps, name: string, selfId?: string): void {
  if (deps.store.groups.list((g) => g.id !== selfId && sameName(g.name, name)).length)
    throw conflict(`A group named "${name}" already exists.`, 'DUPLICATE_NAME');
}

function list(c: ScpContext, deps: Deps) {
  const q = listQuery(c, ['created_at', 'modified_at', 'name']);
  const v = viewContext(deps);
  const name = textFilter(c, 'name');
  const types = listParam(c, 'types');
  const ids = listParam(c, 'ids');
  const hasMember = boolParam(c, 'has_member');
  const hasRole = boolParam(c, 'has_role');
  // The seed does not say what makes a group "completed"; the value is checked and otherwise ignored.
  boolParam(c, 'is_completed');
  const people = (['creator_name', 'creator_email', 'modifier_name', 'modifier_email'] as const).map(
    (k) => [k, textFilter(c, k)] as const,
  );
  const exUser = c.req.query('exclude_user_id');
  const exPolicy = c.req.query('exclude_policy_id');
  if (exUser) mustGet(deps.store.users, exUser, 'User');
  if (exPolicy) mustGet(deps.store.policies, exPolicy, 'Policy');
  const matches = deps.store.groups.list((g) => {
    if (
      (name && !name(g.name)) ||
      (types.length && !types.includes(g.type)) ||
      (ids.length && !ids.includes(g.id))
    )
      return false;
    if (hasMember !== undefined && hasMember !== g.members.length > 0) return false;
    if (hasRole !== undefined && hasRole !== rolesOfGroup(v, g).length > 0) return false;
    if (exUser && g.members.some((m) => m.user_id === exUser)) return false;
    if (exPolicy && g.policy_ids.includes(exPolicy)) return false;
    const names = stampNames(v, g);
    return people.every(([k, f]) => !f || f(names[k]));
  });
  const { items, ...page } = paginate(matches, q, groupSortKey);
  return send(c, GroupPageResponse, { ...page, groups: items.map((g) => groupView(v, g)) });
}

async function create(c: ScpContext, deps: Deps) {
  const req = await readJson(c, GroupCreateRequest);
  assertUniqueName(deps, req.name);
  // This route documents no 404, so unknown users or policies in the body are a 400.
  const users = mustAllOr400(deps.store.users, req.user_ids ?? [], 'user');
  mustAllOr400(deps.store.policies, req.policy_ids ?? [], 'policy');
  const stamps = newStamps(c, deps);
  const rec: GroupRec = {
    id: newId(),
    name: req.name,
    description: req.description ?? null,
    type: 'USER_DEFINED',
    tags: req.tags ?? [],
    members: users.map((u) => ({
      user_id: u.id,
      created_at: stamps.created_at,
      created_by: stamps.created_by,
    })),
    policy_ids: [...new Set(req.policy_ids ?? [])],
    ...stamps,
  };
  deps.store.groups.put(rec.id, rec);
  return send(c, GroupShowResponse, { group: groupView(viewContext(deps), rec) }, 201);
}

async function set(c: ScpContext, deps: Deps) {
  const rec = mustGet(deps.store.groups, param(c, 'group_id'), 'Group');
  const req = await readJson(c, GroupSetRequest);
  assertUniqueName(deps, req.name, rec.id);
  const next = touched(c, deps, { ...rec, name: req.name, description: req.description ?? null });
  deps.store.groups.put(rec.id, next);
  return send(c, GroupShowResponse, { group: groupView(viewContext(deps), next) });
}

export const groupRoutes: RouteSpec[] = [
  { method: 'GET', path: '/v1/groups', action: 'iam:ListGroups', level: 'LIST', handler: list },
  { method: 'POST', path: '/v1/groups', action: 'iam:CreateGroup', level: 'CREATE', handler: create },
  {
    method: 'GET',
    path: '/v1/groups/:group_id',
    action: 'iam:ShowGroup',
    level: 'READ',
    target,
    handler: (c, d) =>
      send(c, GroupShowResponse, {
        group: groupView(viewContext(d), mustGet(d.store.groups, param(c, 'group_id'), 'Group')),
      }),
  },
  {
    method: 'PUT',
    path: '/v1/groups/:group_id',
    action: 'iam:SetGroup',
    level: 'UPDATE',
    target,
    handler: set,
  },
  {
    method: 'DELETE',
    path: '/v1/groups/:group_id',
    action: 'iam:DeleteGroup',
    level: 'DELETE',
    target,
    // Members and policy bindings go with the group; users and policies themselves stay.
    handler: (c, d) => {
      d.store.groups.delete(mustGet(d.store.groups, param(c, 'group_id'), 'Group').id);
      return noContent(c);
    },
  },
];
