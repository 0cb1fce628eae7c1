import type { Ctx } from '../config';
import { CipError, fail } from '../errors';
import type { UserDoc } from '../model';
import { readInput, required } from '../params';
import { ok } from '../respond';
import { hashPassword, passwordMatches, userByUuid } from '../users/lookup';
import { param, type Routes } from './route';

const mismatch = () =>
  new CipError(400, 'PasswordMismatch', 'PasswordMismatchException', 'The password is not correct');

/**
 * Checks a password the way a directory bind would: an inactive account or a locked password answers 403
 * (the seed's Chapter 5), and each failure counts towards the lock.
 */
function verify(ctx: Ctx, user: UserDoc, password: string): void {
  if (!user.userStatus) throw fail.inactive();
  if (user.failedPasswordAttempts >= ctx.config.lockoutThreshold) throw fail.locked();
  if (!passwordMatches(user.passwordHash, password)) {
    ctx.store.users.put(user.uuid, { ...user, failedPasswordAttempts: user.failedPasswordAttempts + 1 });
    throw mismatch();
  }
  if (user.failedPasswordAttempts > 0) ctx.store.users.put(user.uuid, { ...user, failedPasswordAttempts: 0 });
}

export const userPasswordRoutes: Routes = (app, ctx) => {
  app.post('/users/:uuid/checkPassword', async (c) => {
    const user = userByUuid(ctx, param(c, 'uuid'));
    verify(ctx, user, required(await readInput(c), 'password'));
    return ok(c);
  });

  app.post('/users/:uuid/changePassword', async (c) => {
    const input = await readInput(c);
    const current = required(input, 'password');
    const next = required(input, 'newpassword');
    verify(ctx, userByUuid(ctx, param(c, 'uuid')), current);
    // The seed leaves policy to the client; the emulator keeps a minimal one so the error path exists.
    if (next.length < ctx.config.minPasswordLength || next === current) {
      throw new CipError(
        400,
        'PasswordPolicyError',
        'PasswordPolicyException',
        `The new password must differ from the current one and have at least ${ctx.config.minPasswordLength} characters`,
        {
          newpassword: 'does not meet the password policy',
        },
      );
    }
    const user = userByUuid(ctx, param(c, 'uuid'));
    ctx.store.users.put(user.uuid, {
      ...user,
      passwordHash: hashPassword(next),
      passwordLastChanged: ctx.now(),
      pwdStatus: true,
      failedPasswordAttempts: 0,
    });
    return ok(c);
  });
};
