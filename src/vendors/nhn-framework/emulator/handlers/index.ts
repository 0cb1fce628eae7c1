import type { Hono } from 'hono';
import type { NhnEnv, Runtime } from '../runtime';
import { registerTokens } from './tokens';
import { registerUserAccessKeys } from './user-access-keys';

/** Every `/v1` operation of the seed, one resource per module. */
export function registerHandlers(app: Hono<NhnEnv>, rt: Runtime): void {
  registerTokens(app, rt);
  registerUserAccessKeys(app, rt);
}
