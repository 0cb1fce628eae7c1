import { CreatePasswordRequestSchema, PasswordResultSchema, UserNameRequestSchema } from '../../wire';
import { conflict } from '../errors';
import { ownerId, requirePassword, requireUser } from '../lookups';
import { defineRoute } from '../operation';
import { presentPassword } from '../present';
import { hashPassword } from '../secrets';

const component = 'password';

export const passwordRoutes = [
  defineRoute({
    name: 'createPassword',
    method: 'POST',
    path: '/user/:userName/password',
    component,
    request: CreatePasswordRequestSchema,
    result: PasswordResultSchema,
    run: ({ userName, password }, { ctx }) => {
      requireUser(ctx, userName);
      // One password per user: replacing it means deleting it first.
      if (ctx.store.passwords.has(userName)) throw conflict(component, 'password');
      const record = {
        userName,
        hash: hashPassword(password),
        mfa: 'Disable' as const,
        createdAt: ctx.now(),
        revision: 0,
      };
      ctx.store.passwords.put(userName, record);
      return { item: presentPassword(ownerId(ctx), record) };
    },
  }),
  defineRoute({
    name: 'getPassword',
    method: 'GET',
    path: '/user/:userName/password/entity',
    component,
    request: UserNameRequestSchema,
    result: PasswordResultSchema,
    run: ({ userName }, { ctx }) => ({ item: presentPassword(ownerId(ctx), requirePassword(ctx, userName)) }),
  }),
  defineRoute({
    name: 'deletePassword',
    method: 'DELETE',
    path: '/user/:userName/password/entity',
    component,
    request: UserNameRequestSchema,
    result: PasswordResultSchema,
    run: ({ userName }, { ctx }) => {
      const password = requirePassword(ctx, userName);
      // The TOTP secret lives in the password record, so MFA goes with it.
      ctx.store.passwords.delete(userName);
      return { item: presentPassword(ownerId(ctx), password) };
    },
  }),
];
