import type { Context } from 'hono';
import type { z } from 'zod';
import { HeaderOnlyResponseSchema } from '../wire/common';
import { RESULT, RoleError, resultHeader } from './result';
import type { EngineOptions } from '../engine/options';
import type { RoleStore } from './store';

/** What every handler module receives. */
export type HandlerContext = { store: RoleStore; options: EngineOptions; now: () => string };

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RoleError(RESULT.INVALID_ARGUMENT, 'request body is not valid JSON');
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** Parses the JSON body with a wire schema; any mismatch is the vendor's 400. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJson(c));
  if (!parsed.success) throw new RoleError(RESULT.INVALID_ARGUMENT, describeIssues(parsed.error));
  return parsed.data;
}

/**
 * Bulk deletes send `{"<key>": [...]}`; a bare JSON array is accepted too, since the seed's table lists
 * the list itself as the body.
 */
export async function readIdList<S extends z.ZodType>(
  c: Context,
  key: string,
  schema: S,
): Promise<z.output<S>> {
  const raw = await readJson(c);
  const parsed = schema.safeParse(Array.isArray(raw) ? { [key]: raw } : raw);
  if (!parsed.success) throw new RoleError(RESULT.INVALID_ARGUMENT, describeIssues(parsed.error));
  return parsed.data;
}

/** Builds a success body through the endpoint's response schema, so the emulator cannot drift from the wire types. */
export function reply<S extends z.ZodType>(
  c: Context,
  schema: S,
  body: Omit<z.input<S>, 'header'>,
): Response {
  return c.json(schema.parse({ ...body, header: resultHeader(RESULT.SUCCESS) }) as object);
}

export function replyOk(c: Context): Response {
  return reply(c, HeaderOnlyResponseSchema, {});
}

/** A repeated query parameter; Spring also splits a single comma-separated value. */
export function queryList(c: Context, name: string): string[] | undefined {
  const values = c.req.queries(name);
  if (!values) return undefined;
  return values.flatMap((v) => v.split(',')).filter((v) => v !== '');
}

export function queryInt(c: Context, name: string): number | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  if (!/^-?\d+$/.test(v)) throw new RoleError(RESULT.INVALID_ARGUMENT, `${name} must be an integer`);
  return Number(v);
}

export function queryBool(c: Context, name: string): boolean | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  if (v !== 'true' && v !== 'false')
    throw new RoleError(RESULT.INVALID_ARGUMENT, `${name} must be true or false`);
  return v === 'true';
}

export function queryEnum<T extends string>(c: Context, name: string, values: readonly T[]): T | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  if (!(values as readonly string[]).includes(v))
    throw new RoleError(RESULT.INVALID_ARGUMENT, `${name} must be one of ${values.join(', ')}`);
  return v as T;
}

/** A path parameter, decoded: IDs may contain `@`, `.`, `:` and braces. */
export function param(c: Context, name: string): string {
  const v = c.req.param(name);
  if (v === undefined) throw new RoleError(RESULT.NOT_FOUND, name);
  return v;
}
