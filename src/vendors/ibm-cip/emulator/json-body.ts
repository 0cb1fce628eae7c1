import type { z } from 'zod';
import { fail } from './errors';
import type { Input } from './params';

/**
 * Validates a JSON body against its wire schema; each zod issue becomes one entry of the status object's
 * `errors` map, keyed by the dotted path of the offending field.
 */
export function jsonBody<S extends z.ZodType>(input: Input, schema: S): z.output<S> {
  const parsed = schema.safeParse(input.json ?? {});
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.map(String).join('.') || 'body'] = issue.message;
  throw fail.invalid('The request body is not valid', fields);
}
