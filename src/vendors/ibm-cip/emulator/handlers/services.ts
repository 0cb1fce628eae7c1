import { MemberListResponseSchema, ServiceNamesResponseSchema, ServiceResponseSchema } from '../../wire';
import type { Ctx } from '../config';
import { CipError, fail } from '../errors';
import type { ServiceDoc } from '../model';
import { parseBoolean, readInput, type Input } from '../params';
import { ok, send } from '../respond';
import { defaultAttributes, MAX_SERVICE_NAME, serviceAttribute } from '../services/attributes';
import { childrenOf, clearParent, save, serviceKey, serviceOf, setParent } from '../services/graph';
import { requireUsers, userByUuid } from '../users/lookup';
import { param, type Routes } from './route';

/** Applies form attributes; gtwayParentService goes through the hierarchy rules. */
function withAttributes(ctx: Ctx, service: ServiceDoc, input: Input): ServiceDoc {
  let next: ServiceDoc = { ...service, attrs: { ...service.attrs } };
  for (const raw of input.names()) {
    if (raw.startsWith('gma_')) continue;
    const [name, value] = serviceAttribute(ctx, raw, input.get(raw) ?? '');
    if (name === 'gtwayParentService') {
      next = value === undefined ? clearParent(next) : setParent(ctx, next, serviceOf(ctx, value));
    } else if (value === undefined) Reflect.deleteProperty(next.attrs, name);
    else next.attrs[name] = value;
  }
  return next;
}

export const serviceRoutes: Routes = (app, ctx) => {
  app.get('/services/names', (c) => {
    const names = ctx.store.services.list().map((s) => s.name);
    return send(c, ServiceNamesResponseSchema, {
      status: 'success',
      total_count: names.length,
      entries: names,
    });
  });

  app.get('/services/:service', (c) => {
    const s = serviceOf(ctx, param(c, 'service'));
    // The seed's example is a copy of a user entry; the name is returned as cn like the user entries (CIP-UNDOC).
    return send(c, ServiceResponseSchema, { status: 'success', entry: { cn: s.name, ...s.attrs } });
  });

  app.get('/services/:service/members', (c) => {
    const s = serviceOf(ctx, param(c, 'service'));
    const all = [...new Set([...s.members, ...s.manualMembers])];
    return send(c, MemberListResponseSchema, { status: 'success', total_count: all.length, entries: all });
  });

  app.post('/services/:service', async (c) => {
    const name = param(c, 'service');
    if (name.trim() === '' || name === 'names' || name.length > MAX_SERVICE_NAME) {
      throw new CipError(
        400,
        'ServiceCreateError',
        'ServiceCreateException',
        `The service name must have 1 to ${MAX_SERVICE_NAME} characters`,
        {
          serviceName: 'invalid',
        },
      );
    }
    if (ctx.store.services.has(serviceKey(name))) throw fail.conflict('Service', name);
    const input = await readInput(c);
    const requester = input.get('gma_requester');
    if (requester) userByUuid(ctx, requester);
    save(
      ctx,
      withAttributes(
        ctx,
        { name, attrs: defaultAttributes(), members: [], manualMembers: [], contained: {} },
        input,
      ),
    );
    return ok(c);
  });

  app.put('/services/:service', async (c) => {
    const s = serviceOf(ctx, param(c, 'service'));
    save(ctx, withAttributes(ctx, s, await readInput(c)));
    return ok(c);
  });

  app.put('/services/:service/members', async (c) => {
    const s = serviceOf(ctx, param(c, 'service'));
    const input = await readInput(c);
    const action = input.get('action');
    if (action !== undefined && action !== '' && action.toLowerCase() !== 'delete') {
      throw fail.invalid('action must be absent or "delete"', { action: 'must be delete' });
    }
    parseBoolean(input.get('gma_adminRequest'), 'gma_adminRequest', false);
    const requester = input.get('gma_requester');
    if (requester) userByUuid(ctx, requester);
    const members = input.all('member').map((m) => m.trim().toLowerCase());
    const manual = input.all('manualMember').map((m) => m.trim().toLowerCase());
    if (members.length + manual.length === 0) throw fail.missing('member');
    if (action) {
      save(ctx, {
        ...s,
        members: s.members.filter((m) => !members.includes(m)),
        manualMembers: s.manualMembers.filter((m) => !manual.includes(m)),
      });
      return ok(c);
    }
    requireUsers(ctx, [...members, ...manual]);
    if (s.attrs.gtwayNoMembers === 'TRUE') {
      throw new CipError(
        400,
        'ServiceMembershipError',
        'ServiceMembershipException',
        `The service ${s.name} cannot have members`,
      );
    }
    // Approval workflows are not simulated: changes apply at once, whatever gma_adminRequest says.
    const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
    save(ctx, { ...s, members: union(s.members, members), manualMembers: union(s.manualMembers, manual) });
    return ok(c);
  });

  app.delete('/services/:service', (c) => {
    const s = serviceOf(ctx, param(c, 'service'));
    const key = serviceKey(s.name);
    ctx.store.transaction(() => {
      for (const child of childrenOf(ctx, s)) save(ctx, clearParent(child));
      for (const container of ctx.store.services.list((x) => key in x.contained)) {
        const contained = { ...container.contained };
        Reflect.deleteProperty(contained, key);
        save(ctx, { ...container, contained });
      }
      ctx.store.services.delete(key);
    });
    return ok(c);
  });
};
