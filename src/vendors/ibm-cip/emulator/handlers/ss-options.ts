import {
  DefaultLanguageResultSchema,
  PasswordResetOptionsResponseSchema,
  PortalOptionsResponseSchema,
  SelfRegistrationOptionsResponseSchema,
  SelfServiceOptionsSchema,
  StatusObjectSchema,
  UpdatePasswordResetOptionsRequestSchema,
  UpdateSelfRegistrationOptionsRequestSchema,
  UpdateSelfServiceOptionsRequestSchema,
  UpdateUsernameRecoveryOptionsRequestSchema,
  UsernameRecoveryOptionsResponseSchema,
} from '../../wire';
import { fail } from '../errors';
import { jsonBody } from '../json-body';
import { parseInteger, readInput } from '../params';
import { okWrapped, send, SUCCESS } from '../respond';
import { allInstances, instanceOf, saveInstance } from '../selfservice/instances';
import { tenantOf, TENANT_KEY } from '../store';
import { param, type Routes } from './route';

/** The seed's examples send every flag as a string; undefined fields keep their stored value. */
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

export const ssOptionRoutes: Routes = (app, ctx) => {
  app.get('/ss/getPasswordResetOptions', async (c) => {
    const raw = (await readInput(c)).get('instanceId');
    const list = raw ? [instanceOf(ctx, parseInteger(raw, 'instanceId', 1))] : allInstances(ctx);
    const options = Object.fromEntries(
      list.map((i) => [String(i.id), { ...i.passwordReset, instanceId: i.id }]),
    );
    return send(c, PasswordResetOptionsResponseSchema, { status: SUCCESS, options });
  });

  app.get('/ss/getSelfRegistrationOptions', (c) =>
    send(c, SelfRegistrationOptionsResponseSchema, {
      status: SUCCESS,
      options: allInstances(ctx).map((i) => ({ instanceId: i.id, ...i.selfRegistration })),
    }),
  );
  app.get('/ss/getUsernameRecoveryOptions', (c) =>
    send(c, UsernameRecoveryOptionsResponseSchema, {
      status: SUCCESS,
      options: allInstances(ctx).map((i) => ({ instanceId: i.id, ...i.usernameRecovery })),
    }),
  );
  app.get('/ss/getPortalOptions', (c) =>
    send(c, PortalOptionsResponseSchema, {
      status: SUCCESS,
      options: allInstances(ctx).map((i) => ({ instanceId: i.id, ...i.portal })),
    }),
  );

  app.post('/ss/updateSelfRegistrationOptions', async (c) => {
    const body = jsonBody(await readInput(c), UpdateSelfRegistrationOptionsRequestSchema);
    const inst = instanceOf(ctx, body.instanceId);
    const o = body.data.options;
    if (o.manualApproval && o.defaultApprover) {
      if (!ctx.store.users.has(o.defaultApprover.toLowerCase()))
        throw fail.invalid('defaultApprover must be an existing user', { defaultApprover: 'unknown user' });
    }
    saveInstance(ctx, { ...inst, selfRegistration: { ...inst.selfRegistration, ...defined(o) } });
    return okWrapped(c);
  });

  app.post('/ss/updatePasswordResetOptions', async (c) => {
    const body = jsonBody(await readInput(c), UpdatePasswordResetOptionsRequestSchema);
    const inst = instanceOf(ctx, body.instanceId);
    saveInstance(ctx, { ...inst, passwordReset: { ...inst.passwordReset, ...defined(body.data.options) } });
    return okWrapped(c);
  });

  app.post('/ss/updateUsernameRecoveryOptions', async (c) => {
    const body = jsonBody(await readInput(c), UpdateUsernameRecoveryOptionsRequestSchema);
    const inst = instanceOf(ctx, body.instanceId);
    saveInstance(ctx, { ...inst, usernameRecovery: { ...inst.usernameRecovery, ...body.data.options } });
    return okWrapped(c);
  });

  app.get('/ss/getSelfServiceOptions', (c) =>
    send(c, SelfServiceOptionsSchema, { selfDeletable: tenantOf(ctx.store).selfDeletable }),
  );

  app.put('/ss/updateSelfServiceOptions', async (c) => {
    const { selfDeletable } = jsonBody(await readInput(c), UpdateSelfServiceOptionsRequestSchema);
    ctx.store.tenant.put(TENANT_KEY, { ...tenantOf(ctx.store), selfDeletable });
    return send(c, StatusObjectSchema, { ...SUCCESS, message: 'Saved' });
  });

  app.put('/ss/updateDefaultLanguage/:lang', (c) => {
    const lang = param(c, 'lang').toLowerCase();
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(lang))
      throw fail.invalid(`"${lang}" is not a language code`, { langCode: 'invalid language code' });
    ctx.store.tenant.put(TENANT_KEY, { ...tenantOf(ctx.store), defaultLanguage: lang });
    return send(c, DefaultLanguageResultSchema, {
      status: { success: true, apiError: false, message: 'success', error: {} },
    });
  });
};
