import {
  CreateUserRequestSchema,
  DescribeUsersRequestSchema,
  DescribeUsersResultSchema,
  UpdateUserRequestSchema,
  UserNameRequestSchema,
  UserResultSchema,
} from '../../wire';
import type { EmulatorContext } from '../context';
import { conflict } from '../errors';
import { ownerId, requireUser } from '../lookups';
import { defineRoute } from '../operation';
import { paginate } from '../paging';
import { presentUser } from '../present';

const component = 'user';
const item = (ctx: EmulatorContext, name: string) => ({
  item: presentUser(ownerId(ctx), requireUser(ctx, name)),
});

export const userRoutes = [
  defineRoute({
    name: 'describeUsers',
    method: 'GET',
    path: '/user',
    component,
    request: DescribeUsersRequestSchema,
    result: DescribeUsersResultSchema,
    run: (input, { ctx }) =>
      paginate(ctx.store.users, { component, scope: 'user', ...input }, (u) => presentUser(ownerId(ctx), u)),
  }),
  defineRoute({
    name: 'createUser',
    method: 'POST',
    path: '/user',
    component,
    request: CreateUserRequestSchema,
    result: UserResultSchema,
    run: ({ name, description }, { ctx }) => {
      if (ctx.store.users.has(name)) throw conflict(component, 'name');
      const now = ctx.now();
      ctx.store.users.put(name, {
        name,
        ...(description ? { description } : {}),
        createdAt: now,
        updatedAt: now,
        revision: 0,
      });
      return item(ctx, name);
    },
  }),
  defineRoute({
    name: 'updateUser',
    method: 'PUT',
    path: '/user/:userName',
    component,
    request: UpdateUserRequestSchema,
    result: UserResultSchema,
    run: ({ userName, description }, { ctx }) => {
      const { description: _old, ...user } = requireUser(ctx, userName);
      // Only the description changes; leaving it out clears it, as the SDKs send null for "no description".
      ctx.store.users.put(userName, {
        ...user,
        ...(description ? { description } : {}),
        updatedAt: ctx.now(),
        revision: user.revision + 1,
      });
      return item(ctx, userName);
    },
  }),
  defineRoute({
    name: 'getUser',
    method: 'GET',
    path: '/user/:userName',
    component,
    request: UserNameRequestSchema,
    result: UserResultSchema,
    run: ({ userName }, { ctx }) => item(ctx, userName),
  }),
  defineRoute({
    name: 'deleteUser',
    method: 'DELETE',
    path: '/user/:userName',
    component,
    request: UserNameRequestSchema,
    result: UserResultSchema,
    run: ({ userName }, { ctx }) => {
      const deleted = item(ctx, userName);
      const { store } = ctx;
      // Cascade: credentials (with their guards), the password and its MFA, and the policy attachments.
      for (const c of store.credentials.values())
        if (c.userName === userName) store.credentials.delete(c.clientId);
      store.passwords.delete(userName);
      store.attachments.delete(userName);
      store.users.delete(userName);
      return deleted;
    },
  }),
];
