import type { Context } from 'hono';
import type { z } from 'zod';
import { ProblemError, type FieldError } from './problem';

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
}

/** Parses a JSON body against a schema; malformed or invalid input is a 400 problem naming each field. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ProblemError(
      415,
      'unsupported-media-type',
      'Unsupported media type',
      'Send the body as application/json.',
    );
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ProblemError(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ProblemError(400, 'invalid-body', 'Invalid request', 'Some fields are not valid.', {
      errors: fieldErrors(parsed.error),
    });
  }
  return parsed.data;
}

/** Parses query parameters against a schema, with the same 400 problem as bodies. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    throw new ProblemError(400, 'invalid-query', 'Invalid query', 'Some query parameters are not valid.', {
      errors: fieldErrors(parsed.error),
    });
  }
  return parsed.data;
}
