import { randomBytes } from 'node:crypto';
import {
  IAMCreateUserResponse,
  IAMUserCreateRequest,
  IAMUserDeleteRequest,
  IAMUserDetailResponse,
  IAMUserPasswordUpdateRequest,
  IAMUserUpdateRequest,
  ListIAMUserResponse,
  UserResponse,
} from '../../wire/users';
import { isoSeconds } from '../config';
import { badRequest } from '../errors';
import { newId } from '../ids';
import type { UserRec } from '../records';
import { listQuery, paginate, readJson, textFilter } from '../request';
import { noContent, send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { consoleUrl, userBase, userDetail, userListItem, userSortKey } from '../views/users';
import { viewContext } from '../views/view-context';
import { checkAccount, mustAll, mustGet, newStamps, param, passwordHash, touched } from './shared';

const BASE = '/v1/accounts/:account_id/users';
const target = { type: 'user', param: 'user_id' };

function userOf(c: ScpContext, deps: Deps): UserRec {
  checkAccount(c, deps);
  return mustGet(deps.store.users, param(c, 'user_id'), 'User');
}

function list(c: ScpContext, deps: Deps) {
  checkAccount(c, deps);
  const q = listQuery(c, ['created_at', 'modified_at', 'user_name', 'email', 'last_login_at']);
  const filters = (['login_id', 'email', 'nation_id', 'phone_number', 'user_name', 'type'] as const).map(
    (k) => [k, textFilter(c, k)] as const,
  );
  const exGroup = c.req.query('exclude_group_id');
  const exPolicy = c.req.query('exclude_policy_id');
  const hiddenByGroup = new Set(
    exGroup ? mustGet(deps.store.groups, exGroup, 'Group').members.map((m) => m.user_id) : [],
  );
  if (exPolicy) mustGet(deps.store.policies, exPolicy, 'Policy');
  const matches = deps.store.users.list(
    (u) =>
      !hiddenByGroup.has(u.id) &&
      !(exPolicy && u.policy_ids.includes(exPolicy)) &&
      filters.every(([k, f]) => !f || f(u[k])),
  );
  const { items, ...page } = paginate(matches, q, userSortKey);
  const v = viewContext(deps);
  return send(c, ListIAMUserResponse, { ...page, users: items.map((u) => userListItem(v, u)) });
}

async function create(c: ScpContext, deps: Deps) {
  checkAccount(c, deps);
  const req = await readJson(c, IAMUserCreateRequest);
  // The seed lists no 409 for this route: a taken name is a 400.
  if (deps.store.users.list((u) => u.user_name.toLowerCase() === req.user_name.toLowerCase()).length)
    throw badRequest(`A user named "${req.user_name}" already exists.`, 'DUPLICATE_NAME');
  const groups = mustAll(deps.store.groups, req.group_ids ?? [], 'Group');
  mustAll(deps.store.policies, req.policy_ids ?? [], 'Policy');
  const stamps = newStamps(c, deps);
  const salt = randomBytes(8).toString('hex');
  const rec: UserRec = {
    id: newId(),
    user_name: req.user_name,
    login_id: req.user_name,
    password_hashes: [passwordHash(salt, req.password)],
    password_salt: salt,
    temporary_password: req.temporary_password,
    password_reuse_count: 0,
    description: req.description ?? null,
    tags: req.tags ?? [],
    email: null,
    phone_number: null,
    nation_id: null,
    first_name: null,
    last_name: null,
    company_name: null,
    state: 'ACTIVE',
    type: 'IAM',
    timezone: 'Asia/Seoul',
    utc_offset: '+09:00',
    email_authenticated: false,
    phone_authenticated: false,
    last_login_at: null,
    last_password_update_at: stamps.created_at,
    policy_ids: [...new Set(req.policy_ids ?? [])],
    ...stamps,
  };
  deps.store.transaction(() => {
    deps.store.users.put(rec.id, rec);
    for (const g of groups)
      deps.store.groups.put(g.id, {
        ...g,
        members: [
          ...g.members,
          { user_id: rec.id, created_at: stamps.created_at, created_by: stamps.created_by },
        ],
      });
  });
  const v = viewContext(deps);
  return send(
    c,
    IAMCreateUserResponse,
    { ...userBase(v, rec), console_url: consoleUrl(v), password: req.password },
    201,
  );
}

async function update(c: ScpContext, deps: Deps) {
  const rec = userOf(c, deps);
  const req = await readJson(c, IAMUserUpdateRequest);
  const next = touched(c, deps, {
    ...rec,
    description: req.description === undefined ? rec.description : req.description,
    password_reuse_count: req.password_reuse_count,
  });
  deps.store.users.put(rec.id, next);
  return send(c, UserResponse, userBase(viewContext(deps), next));
}

/** `password_reuse_count` N forbids the current password and the N before it. */
async function changePassword(c: ScpContext, deps: Deps) {
  const rec = userOf(c, deps);
  const req = await readJson(c, IAMUserPasswordUpdateRequest);
  const hash = passwordHash(rec.password_salt, req.password);
  if (rec.password_hashes.slice(0, rec.password_reuse_count + 1).includes(hash)) {
    throw badRequest(
      `The password was used recently; the last ${rec.password_reuse_count + 1} password(s) cannot be reused.`,
      'PASSWORD_REUSED',
    );
  }
  const now = isoSeconds(deps.config.now());
  const next = touched(c, deps, {
    ...rec,
    password_hashes: [hash, ...rec.password_hashes].slice(0, 25),
    temporary_password: req.temporary_password ?? false,
    last_password_update_at: now,
  });
  deps.store.users.put(rec.id, next);
  const v = viewContext(deps);
  return send(c, IAMCreateUserResponse, {
    ...userBase(v, next),
    console_url: consoleUrl(v),
    password: req.password,
  });
}

/** A deleted user leaves every group and loses every access key; deleting oneself is refused. */
function deleteUsers(c: ScpContext, deps: Deps, users: UserRec[]): Response {
  if (users.some((u) => u.id === c.get('caller').user.id))
    throw badRequest('The calling user cannot delete itself.', 'CANNOT_DELETE_SELF');
  const ids = new Set(users.map((u) => u.id));
  deps.store.transaction(() => {
    for (const id of ids) {
      deps.store.users.delete(id);
      deps.store.otps.delete(id);
    }
    for (const k of deps.store.accessKeys.list((k) => ids.has(k.created_by)))
      deps.store.accessKeys.delete(k.id);
    for (const g of deps.store.groups.list((g) => g.members.some((m) => ids.has(m.user_id)))) {
      deps.store.groups.put(g.id, { ...g, members: g.members.filter((m) => !ids.has(m.user_id)) });
    }
  });
  return noContent(c);
}

export const userRoutes: RouteSpec[] = [
  { method: 'GET', path: BASE, action: 'iam:ListUsers', level: 'LIST', handler: list },
  { method: 'POST', path: BASE, action: 'iam:CreateUser', level: 'CREATE', handler: create },
  {
    method: 'DELETE',
    path: `${BASE}/bulk`,
    action: 'iam:DeleteBulkUser',
    level: 'DELETE',
    handler: async (c, d) => {
      checkAccount(c, d);
      const { user_ids } = await readJson(c, IAMUserDeleteRequest);
      return deleteUsers(c, d, mustAll(d.store.users, user_ids, 'User'));
    },
  },
  {
    method: 'GET',
    path: `${BASE}/:user_id`,
    action: 'iam:ShowUser',
    level: 'READ',
    target,
    handler: (c, d) => send(c, IAMUserDetailResponse, userDetail(viewContext(d), userOf(c, d))),
  },
  {
    method: 'PUT',
    path: `${BASE}/:user_id`,
    action: 'iam:SetUser',
    level: 'UPDATE',
    target,
    handler: update,
  },
  {
    method: 'PUT',
    path: `${BASE}/:user_id/password`,
    action: 'iam:SetUserPassword',
    level: 'UPDATE',
    target,
    handler: changePassword,
  },
  {
    method: 'DELETE',
    path: `${BASE}/:user_id`,
    action: 'iam:DeleteUser',
    level: 'DELETE',
    target,
    since: '1.1',
    handler: (c, d) => deleteUsers(c, d, [userOf(c, d)]),
  },
];
