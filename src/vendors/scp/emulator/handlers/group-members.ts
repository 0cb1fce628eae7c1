import {
  GroupMemberCreateRequest,
  GroupMemberCreateResponse,
  GroupMemberPageResponse,
} from '../../wire/groups';
import { ScpError } from '../errors';
import { listQuery, paginate, readJson, textFilter } from '../request';
import { noContent, send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { memberView } from '../views/groups';
import { viewContext } from '../views/view-context';
import { mustGet, newStamps, param, touched } from './shared';

const target = { type: 'group', param: 'group_id' };

function list(c: ScpContext, deps: Deps) {
  const group = mustGet(deps.store.groups, param(c, 'group_id'), 'Group');
  const q = listQuery(c, ['created_at', 'user_name', 'user_email']);
  const v = viewContext(deps);
  const filters = (['user_name', 'user_email', 'creator_name', 'creator_email'] as const).map(
    (k) => [k, textFilter(c, k)] as const,
  );
  const views = group.members
    .map((m) => memberView(v, m))
    .filter((m) => filters.every(([k, f]) => !f || f(m[k])));
  const { items, ...page } = paginate(views, q, (m, field) =>
    field === 'created_at'
      ? m.created_at
      : (field === 'user_email' ? m.user_email : m.user_name)?.toLowerCase(),
  );
  return send(c, GroupMemberPageResponse, { ...page, group_members: items });
}

/** Adding a user who is already a member answers 200 with the existing membership. */
async function add(c: ScpContext, deps: Deps) {
  const group = mustGet(deps.store.groups, param(c, 'group_id'), 'Group');
  const { user_id } = await readJson(c, GroupMemberCreateRequest);
  const user = mustGet(deps.store.users, user_id, 'User');
  let member = group.members.find((m) => m.user_id === user.id);
  if (!member) {
    const stamps = newStamps(c, deps);
    member = { user_id: user.id, created_at: stamps.created_at, created_by: stamps.created_by };
    deps.store.groups.put(group.id, touched(c, deps, { ...group, members: [...group.members, member] }));
  }
  const v = viewContext(deps);
  const creator = v.person(member.created_by);
  return send(c, GroupMemberCreateResponse, {
    group_member: {
      created_at: member.created_at,
      created_by: member.created_by,
      creator_email: creator.email,
      creator_name: creator.name,
      user_email: user.email ?? '-',
      user_id: user.id,
      user_name: user.user_name,
    },
  });
}

function remove(c: ScpContext, deps: Deps) {
  const group = mustGet(deps.store.groups, param(c, 'group_id'), 'Group');
  const userId = param(c, 'user_id');
  if (!group.members.some((m) => m.user_id === userId))
    throw new ScpError(404, 'NOT_FOUND', `User "${userId}" is not a member of group "${group.name}".`);
  deps.store.groups.put(
    group.id,
    touched(c, deps, { ...group, members: group.members.filter((m) => m.user_id !== userId) }),
  );
  return noContent(c);
}

export const groupMemberRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/groups/:group_id/members',
    action: 'iam:ListGroupMembers',
    level: 'LIST',
    target,
    handler: list,
  },
  {
    method: 'POST',
    path: '/v1/groups/:group_id/members',
    action: 'iam:AddGroupMember',
    level: 'UPDATE',
    target,
    handler: add,
  },
  {
    method: 'DELETE',
    path: '/v1/groups/:group_id/members/:user_id',
    action: 'iam:RemoveGroupMember',
    level: 'DELETE',
    target,
    handler: remove,
  },
];
