import {
  ApprovalProcessSchema,
  ServiceNamesResponseSchema,
  ServiceParentResponseSchema,
  type ApprovalProcess,
} from '../../wire';
import type { Ctx } from '../config';
import { fail } from '../errors';
import type { ServiceDoc } from '../model';
import { readInput, type Input } from '../params';
import { ok, send } from '../respond';
import {
  childrenOf,
  clearParent,
  contain,
  containedOf,
  containersOf,
  parentOf,
  save,
  serviceKey,
  serviceOf,
  setParent,
} from '../services/graph';
import { param, type Routes } from './route';

const names = (list: ServiceDoc[]) => ({
  status: 'success' as const,
  total_count: list.length,
  entries: list.map((s) => s.name),
});

/** Repeated form keys; S15's table calls the key childServiceName where its example says child. */
function listed(input: Input, ...keys: string[]): string[] {
  const all = keys.flatMap((k) => input.all(k)).filter((v) => v.trim() !== '');
  if (all.length === 0) throw fail.missing(keys[0] ?? 'name');
  return all;
}

/** The seed puts approvalProcess in the query of its examples and in the body of its tables; both are read. */
function approvalProcess(input: Input): ApprovalProcess {
  const raw = input.get('approvalProcess');
  if (raw === undefined || raw === '') return 'DEFAULT';
  const parsed = ApprovalProcessSchema.safeParse(raw);
  if (!parsed.success)
    throw fail.invalid(`Unknown approvalProcess "${raw}"`, { approvalProcess: 'unknown value' });
  return parsed.data;
}

function addChildren(ctx: Ctx, parentName: string, childNames: string[]): void {
  ctx.store.transaction(() => {
    for (const name of childNames) {
      const parent = serviceOf(ctx, parentName);
      save(ctx, setParent(ctx, serviceOf(ctx, name), parent));
    }
  });
}

function removeChildren(ctx: Ctx, parentName: string, childNames: string[]): void {
  const parent = serviceOf(ctx, parentName);
  const children = childNames.map((n) => serviceOf(ctx, n));
  ctx.store.transaction(() => {
    for (const child of children) {
      if (serviceKey(parentOf(child) ?? '') === serviceKey(parent.name)) save(ctx, clearParent(child));
    }
  });
}

function addContained(
  ctx: Ctx,
  containerName: string,
  containedNames: string[],
  process: ApprovalProcess,
): void {
  ctx.store.transaction(() => {
    for (const name of containedNames)
      save(ctx, contain(ctx, serviceOf(ctx, containerName), serviceOf(ctx, name), process));
  });
}

function removeContained(ctx: Ctx, containerName: string, containedNames: string[]): void {
  const container = serviceOf(ctx, containerName);
  const keys = containedNames.map((n) => serviceKey(serviceOf(ctx, n).name));
  const contained = Object.fromEntries(
    Object.entries(container.contained).filter(([k]) => !keys.includes(k)),
  );
  save(ctx, { ...container, contained });
}

export const serviceRelationRoutes: Routes = (app, ctx) => {
  app.get('/services/:service/children', (c) =>
    send(c, ServiceNamesResponseSchema, names(childrenOf(ctx, serviceOf(ctx, param(c, 'service'))))),
  );
  app.get('/services/:service/contained', (c) =>
    send(c, ServiceNamesResponseSchema, names(containedOf(ctx, serviceOf(ctx, param(c, 'service'))))),
  );
  app.get('/services/:service/containers', (c) =>
    send(c, ServiceNamesResponseSchema, names(containersOf(ctx, serviceOf(ctx, param(c, 'service'))))),
  );
  app.get('/services/:service/parent', (c) => {
    const s = serviceOf(ctx, param(c, 'service'));
    const parent = parentOf(s);
    // A top-level service has no parent: the entry is "" (CIP-UNDOC).
    return send(c, ServiceParentResponseSchema, {
      status: 'success',
      entry: parent ? serviceOf(ctx, parent).name : '',
    });
  });

  app.put('/services/:service/children/:child', (c) => {
    addChildren(ctx, param(c, 'service'), [param(c, 'child')]);
    return ok(c);
  });
  app.put('/services/:service/children', async (c) => {
    addChildren(ctx, param(c, 'service'), listed(await readInput(c), 'child'));
    return ok(c);
  });
  app.delete('/services/:service/children/:child', (c) => {
    removeChildren(ctx, param(c, 'service'), [param(c, 'child')]);
    return ok(c);
  });
  // POST removes several children: the seed's own verb for this call.
  app.post('/services/:service/children', async (c) => {
    removeChildren(ctx, param(c, 'service'), listed(await readInput(c), 'child', 'childServiceName'));
    return ok(c);
  });

  app.put('/services/:service/contained/:contained', async (c) => {
    addContained(ctx, param(c, 'service'), [param(c, 'contained')], approvalProcess(await readInput(c)));
    return ok(c);
  });
  app.put('/services/:service/contained', async (c) => {
    const input = await readInput(c);
    addContained(ctx, param(c, 'service'), listed(input, 'containedService'), approvalProcess(input));
    return ok(c);
  });
  app.delete('/services/:service/contained/:contained', (c) => {
    removeContained(ctx, param(c, 'service'), [param(c, 'contained')]);
    return ok(c);
  });
  // POST removes several contained services, as the seed has it.
  app.post('/services/:service/contained', async (c) => {
    removeContained(ctx, param(c, 'service'), listed(await readInput(c), 'containedService'));
    return ok(c);
  });
};
