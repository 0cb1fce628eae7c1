import type { z } from 'zod';
import type { Gs2ErrorStatus, RequestError } from '../wire';

/**
 * A failure the emulator answers in GS2's error shape. Messages follow the SDK validators' key scheme
 * `identifier.{component}.{field}.error.{kind}`; the server's own strings are not published, so the
 * kinds beyond tooLong/tooMany/invalid are this emulator's choice (listed in the README).
 */
export class Gs2Error extends Error {
  constructor(
    readonly status: Gs2ErrorStatus,
    readonly component: string,
    readonly key: string,
  ) {
    super(key);
    this.name = 'Gs2Error';
  }

  get errors(): RequestError[] {
    return [{ component: this.component, message: this.key }];
  }
}

const key = (component: string, field: string, kind: string) =>
  `identifier.${component}.${field}.error.${kind}`;

export const badRequest = (component: string, field: string, kind: string) =>
  new Gs2Error(400, component, key(component, field, kind));
export const unauthorized = (component: string, field: string, kind: string) =>
  new Gs2Error(401, component, key(component, field, kind));
export const notFound = (component: string, field = component) =>
  new Gs2Error(404, component, key(component, field, 'notFound'));
export const conflict = (component: string, field: string) =>
  new Gs2Error(409, component, key(component, field, 'duplicate'));

/** Maps the first zod issue to the vendor's error kind: require, tooLong, tooShort, tooMany or invalid. */
export function fromIssue(
  component: string,
  issue: z.core.$ZodIssue | undefined,
  input: Record<string, unknown>,
): Gs2Error {
  if (!issue) return badRequest(component, 'request', 'invalid');
  const field = String(issue.path[0] ?? 'request');
  const value = input[field];
  let kind = 'invalid';
  if (value === undefined || value === null) kind = 'require';
  else if (issue.code === 'too_big')
    kind = issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'invalid';
  else if (issue.code === 'too_small' && issue.origin === 'string')
    kind = issue.minimum === 1 ? 'require' : 'tooShort';
  return badRequest(component, field, kind);
}
