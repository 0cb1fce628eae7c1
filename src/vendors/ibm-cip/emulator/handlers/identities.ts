import {
  AddUserRequestSchema,
  CheckUsernameResponseSchema,
  EditUserRequestSchema,
  RemoveUserRequestSchema,
  UserDetailsResponseSchema,
} from '../../wire';
import { fail } from '../errors';
import { jsonBody } from '../json-body';
import { readInput, required } from '../params';
import { okWrapped, send, SUCCESS } from '../respond';
import { serviceKey } from '../services/graph';
import { findByUid, userByUuid } from '../users/lookup';
import { applyChanges, changesFromJson, createUser, deleteUser, userEntry } from '../users/records';
import type { Routes } from './route';

export const identityRoutes: Routes = (app, ctx) => {
  app.get('/identities/checkUsername', async (c) => {
    const existing = findByUid(ctx, required(await readInput(c), 'username'));
    return send(c, CheckUsernameResponseSchema, {
      status: SUCCESS,
      available: !existing,
      account: existing?.isAccount ?? false,
    });
  });

  app.get('/identities/getUserDetails', async (c) => {
    const user = userByUuid(ctx, required(await readInput(c), 'uuid'));
    const attributes = userEntry(user, true);
    Reflect.deleteProperty(attributes, 'gma_isAccount');
    const member = (s: { members: string[]; manualMembers?: string[] }) =>
      s.members.includes(user.uuid) || (s.manualMembers ?? []).includes(user.uuid);
    return send(c, UserDetailsResponseSchema, {
      status: SUCCESS,
      userDetails: {
        account: user.isAccount,
        groups: ctx.store.groups.list(member).map((g) => g.name),
        roles: user.roles,
        pwdStatus: user.pwdStatus,
        services: ctx.store.services
          .list(member)
          .map((s) => s.name)
          .sort((a, b) => serviceKey(a).localeCompare(serviceKey(b))),
        userAttributes: attributes,
      },
      userStatus: user.userStatus,
    });
  });

  app.post('/identities/addUser', async (c) => {
    const body = jsonBody(await readInput(c), AddUserRequestSchema);
    const changes = changesFromJson(body.userAttributes);
    const value = (name: string) =>
      changes
        .find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]
        .at(-1)
        ?.trim();
    if (!value('sn'))
      throw fail.invalid('userAttributes.sn must be specified', { 'userAttributes.sn': 'required' });
    const uid = value('uid');
    // The seed never says how the user name is given; it is read from userAttributes.uid (CIP-UNDOC).
    if (!uid)
      throw fail.invalid('userAttributes.uid must be specified', { 'userAttributes.uid': 'required' });
    const account = body.account ?? false;
    createUser(ctx, {
      uid,
      changes,
      isAccount: account,
      // Status flags apply to accounts only; an identity is always "active" with a valid password.
      userStatus: account ? (body.userStatus ?? true) : true,
      pwdStatus: account ? (body.pwdStatus ?? true) : true,
      roles: (body.roles ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    });
    return okWrapped(c);
  });

  app.post('/identities/editUser', async (c) => {
    const edits = jsonBody(await readInput(c), EditUserRequestSchema);
    // Validate every element before writing any, so a batch is all or nothing.
    const updated = edits.map((e) =>
      applyChanges(userByUuid(ctx, e.uuid), changesFromJson(e.userDetails.userAttributes), false),
    );
    ctx.store.transaction(() => {
      for (const u of updated) ctx.store.users.put(u.uuid, u);
    });
    return okWrapped(c);
  });

  app.post('/identities/removeUser', async (c) => {
    const { uuid } = jsonBody(await readInput(c), RemoveUserRequestSchema);
    deleteUser(ctx, userByUuid(ctx, uuid));
    return okWrapped(c);
  });
};
