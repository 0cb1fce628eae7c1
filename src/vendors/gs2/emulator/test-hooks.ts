import { Hono } from 'hono';
import { totpCode } from '../../../lib/otp/totp';
import type { EmulatorContext } from './context';
import { notFound } from './errors';
import { failure } from './respond';

export type Lifecycle = { reset(): void };

/**
 * Hooks for tests, outside GS2's paths and served only in test mode: a reset to the first-start state,
 * and the current TOTP code of a user whose MFA secret only the emulator knows.
 */
export function testHooks(ctx: EmulatorContext, lifecycle: Lifecycle): Hono {
  const hooks = new Hono();
  hooks.post('/reset', (c) => {
    lifecycle.reset();
    return c.json({ ok: true });
  });
  hooks.get('/totp/:userName', (c) => {
    const secret = ctx.store.passwords.get(c.req.param('userName'))?.totpSecret;
    if (!secret) return failure(c, notFound('password'), undefined);
    return c.json({ code: totpCode(secret, ctx.now()) });
  });
  return hooks;
}
