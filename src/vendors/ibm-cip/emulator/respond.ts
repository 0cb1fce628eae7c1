import type { Context } from 'hono';
import type { z } from 'zod';
import { ClassicOkSchema, WrappedOkSchema, type StatusObject } from '../wire';

export const SUCCESS: StatusObject = { success: true, apiError: false, message: 'Success', errors: {} };

/** Every body leaves through its wire schema, so the emulator cannot drift from the types the client trusts. */
export function send<S extends z.ZodType>(c: Context, schema: S, body: z.input<S>): Response {
  return c.json(schema.parse(body) as object);
}

export const ok = (c: Context): Response => send(c, ClassicOkSchema, { status: 'success' });
export const okWrapped = (c: Context): Response => send(c, WrappedOkSchema, { status: SUCCESS });
