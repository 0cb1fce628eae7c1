import type { Context } from 'hono';
import type { AppEnv } from './app-env';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field-level error, so forms can put the server's message next to the field that caused it. */
export type FieldError = { field: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  requestId?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
};

/** Throw anywhere in a handler; the app's error handler turns it into an RFC 9457 problem response. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Partial<Problem> = {},
  ) {
    super(detail ?? title);
  }
}

export function problemBody(
  c: Context,
  status: number,
  code: string,
  title: string,
  detail?: string,
  extra: Partial<Problem> = {},
): Problem {
  const requestId = (c as Context<AppEnv>).get('requestId') as string | undefined;
  return {
    type: `urn:tessera:problem:${code}`,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(requestId === undefined ? {} : { requestId }),
    ...extra,
  };
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  title: string,
  detail?: string,
  extra: Partial<Problem> = {},
) {
  return c.body(JSON.stringify(problemBody(c, status, code, title, detail, extra)), status, {
    'Content-Type': 'application/problem+json',
  });
}
