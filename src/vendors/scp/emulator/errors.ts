import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../wire/common';

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

/** Thrown anywhere in a handler; the app turns it into SCP's `{ errors: [...] }` body. */
export class ScpError extends Error {
  override name = 'ScpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly detail: string | string[],
  ) {
    super(Array.isArray(detail) ? detail.join('; ') : detail);
  }

  body(): ErrorBody {
    return {
      errors: [
        { status: this.status, code: this.code, title: TITLES[this.status] ?? 'Error', detail: this.detail },
      ],
    };
  }
}

export const badRequest = (detail: string | string[], code = 'BAD_REQUEST') =>
  new ScpError(400, code, detail);
export const unauthorized = (code: string, detail: string) => new ScpError(401, code, detail);
export const forbidden = (detail: string, code = 'FORBIDDEN') => new ScpError(403, code, detail);
export const conflict = (detail: string, code = 'CONFLICT') => new ScpError(409, code, detail);
export const notFound = (kind: string, id: string) =>
  new ScpError(404, 'NOT_FOUND', `${kind} "${id}" was not found.`);
