import type { z } from 'zod';
import type { Call } from './context';
import { fromIssue } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A vendor method bound to its route, with the request validated and the result built through the wire schemas. */
export type Route = {
  /** The method's name in the API reference, e.g. `describeUsers`; also the basis of its policy action. */
  name: string;
  method: HttpMethod;
  path: string;
  /** Query fields that arrive as text but are integers on the wire. */
  numeric: readonly string[];
  /** Login routes: no token needed. */
  open: boolean;
  /** Reads need no transaction and nothing to roll back on a dry run. */
  write: boolean;
  handle(input: Record<string, unknown>, call: Call): unknown;
};

type Definition<S extends z.ZodType, R extends z.ZodType> = {
  name: string;
  method: HttpMethod;
  path: string;
  /** The model name used in error keys, e.g. `user` in `identifier.user.name.error.tooLong`. */
  component: string;
  request: S;
  result: R;
  open?: boolean;
  run(input: z.output<S>, call: Call): z.input<R>;
};

export function defineRoute<S extends z.ZodType, R extends z.ZodType>(def: Definition<S, R>): Route {
  return {
    name: def.name,
    method: def.method,
    path: def.path,
    numeric: ['limit'],
    open: def.open ?? false,
    write: def.method !== 'GET',
    handle: (input, call) => {
      const parsed = def.request.safeParse(input);
      if (!parsed.success) throw fromIssue(def.component, parsed.error.issues[0], input);
      return def.result.parse(def.run(parsed.data, call));
    },
  };
}
