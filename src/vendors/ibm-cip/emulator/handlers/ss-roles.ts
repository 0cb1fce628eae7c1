import { randomUUID } from 'node:crypto';
import {
  RoleCreatedResponseSchema,
  RoleListSchema,
  RolePriorityRequestSchema,
  RoleRequestSchema,
  RoleResponseSchema,
  StatusObjectSchema,
  type Role,
} from '../../wire';
import type { z } from 'zod';
import type { Ctx } from '../config';
import { CipError, fail } from '../errors';
import { jsonBody } from '../json-body';
import type { RoleDoc } from '../model';
import { readInput } from '../params';
import { okWrapped, send, SUCCESS } from '../respond';
import { instanceOf } from '../selfservice/instances';
import { nextId, tenantOf } from '../store';
import { param, type Routes } from './route';

const UUID = /^[0-9a-f]{7,8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function roleOf(ctx: Ctx, uuid: string): RoleDoc {
  const role = ctx.store.roles.get(uuid.toLowerCase());
  if (!role)
    throw new CipError(404, 'RoleNotFound', 'RoleNotFoundException', `The role ${uuid} was not found`, {
      roleUuID: 'unknown role',
    });
  return role;
}

const toWire = ({ aliasId: _alias, ...role }: RoleDoc): Role => role;

/** One default role per instance: making a role the default takes the flag from the others. */
function clearOtherDefaults(ctx: Ctx, keep: RoleDoc): void {
  for (const r of ctx.store.roles.list(
    (r) => r.instanceId === keep.instanceId && r.defaultRole && r.uuid !== keep.uuid,
  )) {
    ctx.store.roles.put(r.uuid, { ...r, defaultRole: false });
  }
}

/** The definition fields of a role from an SS22/SS30 body. */
function definition(body: z.output<typeof RoleRequestSchema>) {
  if (!Object.values(body.viewPrefs).some((p) => p.show)) {
    throw fail.invalid('At least one viewPrefs section must be shown', {
      viewPrefs: 'one section must have show: true',
    });
  }
  return {
    name: body.name,
    description: body.description,
    defaultRole: body.defaultRole,
    applicationSuites: body.applicationSuites,
    viewPrefs: Object.fromEntries(
      Object.entries(body.viewPrefs).map(([k, v]) => [k, { appSectionCode: v.appSectionCode, show: v.show }]),
    ),
    preferences: body.preferences ?? {},
    filterOptions: {
      userFilter: body.filterOptions?.userFilter ?? [],
      serviceFilter: body.filterOptions?.serviceFilter ?? [],
    },
    searchOptions: {
      userSearch: body.searchOptions?.userSearch ?? [],
      serviceSearch: body.searchOptions?.serviceSearch ?? [],
    },
    viewPermissions: body.viewPermissions ?? [],
  };
}

function assertUniqueName(ctx: Ctx, instanceId: number, name: string, uuid: string): void {
  if (
    ctx.store.roles.list(
      (r) => r.instanceId === instanceId && r.uuid !== uuid && r.name.toLowerCase() === name.toLowerCase(),
    ).length > 0
  ) {
    throw fail.conflict('Role', name);
  }
}

export const ssRoleRoutes: Routes = (app, ctx) => {
  app.get('/ss/roles', (c) => {
    const roles = ctx.store.roles.list().sort((a, b) => a.clientRolePriority - b.clientRolePriority);
    return send(
      c,
      RoleListSchema,
      roles.map((r) => ({
        id: r.id,
        clientId: r.clientId,
        name: r.name,
        uuid: r.uuid,
        aliasMapping: { id: r.aliasId, name: r.name, clientId: r.clientId },
        defaultRole: r.defaultRole,
        clientRolePriority: r.clientRolePriority,
        clientRoleDescription: r.description,
      })),
    );
  });

  app.get('/ss/role/:uuid', (c) => {
    const role = roleOf(ctx, param(c, 'uuid'));
    const def = ctx.store.roles.list((r) => r.instanceId === role.instanceId && r.defaultRole)[0];
    return send(c, RoleResponseSchema, {
      status: SUCCESS,
      defaultRole: def?.uuid ?? '',
      roles: [toWire(role)],
    });
  });

  app.post('/ss/role', async (c) => {
    const body = jsonBody(await readInput(c), RoleRequestSchema);
    const inst = instanceOf(ctx, body.instanceId);
    // The table requires a uuid even on create: it is used when free and well-formed, else one is made (CIP-UNDOC).
    const wanted = body.uuid?.toLowerCase();
    const uuid = wanted && UUID.test(wanted) && !ctx.store.roles.has(wanted) ? wanted : randomUUID();
    assertUniqueName(ctx, inst.id, body.name, uuid);
    const all = ctx.store.roles.list();
    const clientId = tenantOf(ctx.store).clientId;
    const role: RoleDoc = {
      ...definition(body),
      id: nextId(all, (r) => r.id, 100),
      aliasId: nextId(all, (r) => r.aliasId, 100),
      clientId,
      instanceId: inst.id,
      uuid,
      clientRolePriority: nextId(all, (r) => r.clientRolePriority, -1),
    };
    ctx.store.transaction(() => {
      ctx.store.roles.put(uuid, role);
      if (role.defaultRole) clearOtherDefaults(ctx, role);
    });
    return send(c, RoleCreatedResponseSchema, {
      status: SUCCESS,
      clientRolePriority: role.clientRolePriority,
      clientId,
      roleName: role.name,
      uuid,
      description: role.description,
      defaultRole: role.defaultRole,
    });
  });

  // The path names the role; a different uuid in the body is ignored, as is a different instanceId (CIP-UNDOC).
  app.put('/ss/role/:uuid', async (c) => {
    const role = roleOf(ctx, param(c, 'uuid'));
    const body = jsonBody(await readInput(c), RoleRequestSchema);
    assertUniqueName(ctx, role.instanceId, body.name, role.uuid);
    const updated: RoleDoc = { ...role, ...definition(body) };
    ctx.store.transaction(() => {
      ctx.store.roles.put(role.uuid, updated);
      if (updated.defaultRole) clearOtherDefaults(ctx, updated);
    });
    return okWrapped(c);
  });

  app.put('/ss/roles', async (c) => {
    const input = await readInput(c);
    // The seed's table capitalises ClientId and Uuid; keys are read without regard to case.
    const json = input.json;
    const lowered =
      json && typeof json === 'object' && !Array.isArray(json)
        ? Object.fromEntries(
            Object.entries(json).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v]),
          )
        : json;
    const body = jsonBody({ ...input, json: lowered }, RolePriorityRequestSchema);
    const role = roleOf(ctx, body.uuid);
    if (role.clientId !== body.clientId)
      throw fail.invalid(`The role ${role.uuid} does not belong to client ${body.clientId}`, {
        clientId: 'does not match the role',
      });
    ctx.store.transaction(() => {
      // A taken priority pushes the roles at and after it down by one.
      const taken = ctx.store.roles.list(
        (r) =>
          r.uuid !== role.uuid &&
          r.clientId === role.clientId &&
          r.clientRolePriority === body.clientRolePriority,
      );
      if (taken.length > 0) {
        for (const r of ctx.store.roles.list(
          (r) =>
            r.uuid !== role.uuid &&
            r.clientId === role.clientId &&
            r.clientRolePriority >= body.clientRolePriority,
        )) {
          ctx.store.roles.put(r.uuid, { ...r, clientRolePriority: r.clientRolePriority + 1 });
        }
      }
      const updated = { ...role, clientRolePriority: body.clientRolePriority, defaultRole: body.defaultRole };
      ctx.store.roles.put(role.uuid, updated);
      if (updated.defaultRole) clearOtherDefaults(ctx, updated);
    });
    return send(c, StatusObjectSchema, { ...SUCCESS, message: 'Client Roles updated' });
  });
};
