import type { Context, Hono } from 'hono';
import type { Ctx } from '../config';

/** Each resource file registers its routes on the `/GmaApi` app with the shared context. */
export type Routes = (app: Hono, ctx: Ctx) => void;

export function param(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}
