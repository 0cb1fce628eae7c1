import {
  PasswordLastChangedResponseSchema,
  UserCreatedResponseSchema,
  UserResponseSchema,
  UserSearchResponseSchema,
  UserServicesResponseSchema,
} from '../../wire';
import { parseBoolean, readInput } from '../params';
import { ok, send } from '../respond';
import { canonicalName } from '../users/attributes';
import { userByUid, userByUuid } from '../users/lookup';
import { applyChanges, changesFromForm, createUser, deleteUser, userEntry } from '../users/records';
import { formatPasswordDate } from '../users/dates';
import { param, type Routes } from './route';

/** `*` is the only wildcard and matches any run of characters; matching is case-insensitive like LDAP's. */
function wildcard(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

export const userRoutes: Routes = (app, ctx) => {
  app.get('/users', async (c) => {
    const input = await readInput(c);
    const all = parseBoolean(input.get('gma_allAttrs'), 'gma_allAttrs', false);
    // A repeated parameter keeps its last value; the seed only says one is discarded (CIP-UNDOC).
    const filters = input
      .names()
      .filter((n) => n !== 'gma_allAttrs')
      .map((n) => ({ name: canonicalName(n), re: wildcard(input.get(n) ?? '') }));
    const matches = ctx.store.users.list((u) => {
      const entry = userEntry(u, true);
      return filters.every((f) => {
        const v = entry[f.name];
        return v !== undefined && (Array.isArray(v) ? v : [v]).some((x) => f.re.test(x));
      });
    });
    const limited = matches.length > ctx.config.searchLimit;
    const entries = matches.slice(0, ctx.config.searchLimit).map((u) => userEntry(u, all));
    return send(c, UserSearchResponseSchema, {
      status: limited ? 'result_limit_exceeded' : 'success',
      total_count: entries.length,
      entries,
    });
  });

  app.get('/users/:uid', async (c) => {
    const input = await readInput(c);
    const all = parseBoolean(input.get('gma_allAttrs'), 'gma_allAttrs', false);
    return send(c, UserResponseSchema, {
      status: 'success',
      entry: userEntry(userByUid(ctx, param(c, 'uid')), all),
    });
  });

  app.get('/users/:uid/passwordLastChanged', (c) => {
    const user = userByUid(ctx, param(c, 'uid'));
    const at = user.passwordLastChanged;
    return send(c, PasswordLastChangedResponseSchema, {
      status: 'success',
      entry: { passwordLastChanged: at === null ? null : formatPasswordDate(at) },
    });
  });

  app.get('/users/:uuid/services', (c) => {
    const user = userByUuid(ctx, param(c, 'uuid'));
    const names = ctx.store.services
      .list((s) => s.members.includes(user.uuid) || s.manualMembers.includes(user.uuid))
      .map((s) => s.name);
    return send(c, UserServicesResponseSchema, {
      status: 'success',
      total_count: names.length,
      entries: names,
    });
  });

  app.post('/users/:uid', async (c) => {
    const input = await readInput(c);
    const user = createUser(ctx, {
      uid: param(c, 'uid'),
      changes: changesFromForm(input),
      isAccount: parseBoolean(input.get('gma_isAccount'), 'gma_isAccount', false),
    });
    return send(c, UserCreatedResponseSchema, { status: 'success', entry: user.uuid });
  });

  app.put('/users/:uuid', async (c) => {
    const input = await readInput(c);
    const user = userByUuid(ctx, param(c, 'uuid'));
    const updated = applyChanges(user, changesFromForm(input), true);
    const isAccount = parseBoolean(input.get('gma_isAccount'), 'gma_isAccount', user.isAccount);
    ctx.store.users.put(user.uuid, { ...updated, isAccount });
    return ok(c);
  });

  app.delete('/users/:uuid', (c) => {
    deleteUser(ctx, userByUuid(ctx, param(c, 'uuid')));
    return ok(c);
  });
};
