import { randomUUID } from 'node:crypto';
import {
  AppManagementSetupResponseSchema,
  CreateInstanceRequestSchema,
  CreateInstanceResponseSchema,
  FIELD_TYPES,
  VIEW_SECTIONS,
} from '../../wire';
import { jsonBody } from '../json-body';
import { readInput } from '../params';
import { send, SUCCESS } from '../respond';
import { allInstances, instanceOf, saveInstance } from '../selfservice/instances';
import { EMAIL_TYPES } from '../selfservice/catalogues';
import { nextId, tenantOf } from '../store';
import type { Routes } from './route';

const named = (names: string[]) => names.map((name, i) => ({ id: i + 1, name }));

export const ssInstanceRoutes: Routes = (app, ctx) => {
  // The element shapes are not documented: `{id, name}` rows, ids as the rest of the API uses them (CIP-UNDOC).
  app.get('/ss/initAppManagementSetup', (c) => {
    const instances = allInstances(ctx).map((i) => ({ id: i.id, name: i.name }));
    return send(c, AppManagementSetupResponseSchema, {
      status: SUCCESS,
      applications: named(['Profile management', 'Self-registration', 'User name lookup', 'Password reset']),
      instanceTypes: named(['Self Service']),
      instances,
      validations: named(['Email address', 'Phone number', 'Numeric', 'Alphanumeric', 'Date']),
      attributeTypes: named(['String', 'Boolean', 'Integer', 'Date', 'Multi-valued string']),
      provisionResolutions: [
        { id: 'reject', name: 'Reject' },
        { id: 'approve', name: 'Send for approval' },
      ],
      fieldTypes: FIELD_TYPES.map((t) => ({ id: t, name: t })),
      usernameOptions: [
        { id: 'user_uid', name: 'User ID' },
        { id: 'user_mail', name: 'Email address' },
        { id: 'other', name: 'Other attribute' },
      ],
      emails: EMAIL_TYPES.map((e) => ({ id: e.id, name: e.name })),
      applicationRoles: ctx.store.roles.list().map((r) => ({ id: r.uuid, name: r.name })),
      portalApplicationSections: VIEW_SECTIONS.map((s) => ({ id: s, name: s })),
      usernameValidationOptions: named(['Email', 'KBA', 'Email and KBA']),
      passwordResetValidationOptions: named(['Email', 'KBA', 'Email and KBA', 'One-time passcode']),
      applicationMap: [
        { applicationId: 1, appType: 'pma' },
        { applicationId: 2, appType: 'selfRegistration' },
        { applicationId: 3, appType: 'recoverUsername' },
        { applicationId: 4, appType: 'passwordReset' },
      ],
    });
  });

  // The seed's curl example posts to updateCreateNewInstance; its resource URI says createNewInstance.
  for (const path of ['/ss/createNewInstance', '/ss/updateCreateNewInstance']) {
    app.post(path, async (c) => {
      const body = jsonBody(await readInput(c), CreateInstanceRequestSchema);
      const source = instanceOf(ctx, body.copyFrom);
      const id = nextId(ctx.store.instances.list(), (i) => i.id);
      const copy = { ...structuredClone(source), id, name: body.instanceName };
      ctx.store.transaction(() => {
        saveInstance(ctx, copy);
        // Roles belong to an instance, so the copy gets its own roles with fresh identities.
        const roles = ctx.store.roles.list((r) => r.instanceId === source.id);
        let roleId = nextId(ctx.store.roles.list(), (r) => r.id, 100);
        let aliasId = nextId(ctx.store.roles.list(), (r) => r.aliasId, 100);
        for (const r of roles) {
          const uuid = randomUUID();
          ctx.store.roles.put(uuid, {
            ...structuredClone(r),
            id: roleId++,
            aliasId: aliasId++,
            uuid,
            instanceId: id,
            clientId: tenantOf(ctx.store).clientId,
          });
        }
      });
      return send(c, CreateInstanceResponseSchema, { status: SUCCESS, instance: { id, name: copy.name } });
    });
  }
};
