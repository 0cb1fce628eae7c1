import { GroupNamesResponseSchema, MemberListResponseSchema } from '../../wire';
import type { Ctx } from '../config';
import { fail } from '../errors';
import type { GroupDoc } from '../model';
import { readInput, required } from '../params';
import { ok, send } from '../respond';
import { requireUsers } from '../users/lookup';
import { param, type Routes } from './route';

/** Group names are unique without regard to case, as LDAP names are (CIP-UNDOC). */
const keyOf = (name: string) => name.toLowerCase();

function groupOf(ctx: Ctx, name: string): GroupDoc {
  const g = ctx.store.groups.get(keyOf(name));
  if (!g) throw fail.notFound('Group', name);
  return g;
}

function withMembers(ctx: Ctx, g: GroupDoc, add: string[], remove: string[]): void {
  const members = g.members.filter((m) => !remove.includes(m));
  for (const m of add) if (!members.includes(m)) members.push(m);
  ctx.store.groups.put(keyOf(g.name), { ...g, members });
}

export const groupRoutes: Routes = (app, ctx) => {
  app.get('/groups/names', (c) => {
    const names = ctx.store.groups.list().map((g) => g.name);
    return send(c, GroupNamesResponseSchema, {
      status: 'success',
      total_count: names.length,
      entries: names,
    });
  });

  app.get('/groups/:group/members', (c) => {
    const g = groupOf(ctx, param(c, 'group'));
    return send(c, MemberListResponseSchema, {
      status: 'success',
      total_count: g.members.length,
      entries: g.members,
    });
  });

  app.post('/groups/:group', async (c) => {
    const name = param(c, 'group').trim();
    if (name === '' || name === 'names')
      throw fail.invalid(`"${name}" is not a valid group name`, { groupName: 'invalid' });
    if (ctx.store.groups.has(keyOf(name))) throw fail.conflict('Group', name);
    const input = await readInput(c);
    const members = [...new Set(requireUsers(ctx, input.all('member')))];
    ctx.store.groups.put(keyOf(name), { name, description: input.get('description') ?? '', members });
    return ok(c);
  });

  app.put('/groups/:group/members/:uuid', (c) => {
    const g = groupOf(ctx, param(c, 'group'));
    withMembers(ctx, g, requireUsers(ctx, [param(c, 'uuid')]), []);
    return ok(c);
  });

  app.put('/groups/:group/members', async (c) => {
    const g = groupOf(ctx, param(c, 'group'));
    const input = await readInput(c);
    required(input, 'member');
    withMembers(ctx, g, requireUsers(ctx, input.all('member')), []);
    return ok(c);
  });

  // The seed's curl example says /member/ where its resource URI says /members/; both are served.
  for (const segment of ['members', 'member']) {
    app.delete(`/groups/:group/${segment}/:uuid`, (c) => {
      const g = groupOf(ctx, param(c, 'group'));
      withMembers(ctx, g, [], [param(c, 'uuid').toLowerCase()]);
      return ok(c);
    });
  }

  app.delete('/groups/:group/members', async (c) => {
    const g = groupOf(ctx, param(c, 'group'));
    const input = await readInput(c);
    required(input, 'member');
    withMembers(
      ctx,
      g,
      [],
      input.all('member').map((m) => m.trim().toLowerCase()),
    );
    return ok(c);
  });

  app.delete('/groups/:group', (c) => {
    const g = groupOf(ctx, param(c, 'group'));
    ctx.store.groups.delete(keyOf(g.name));
    return ok(c);
  });
};
