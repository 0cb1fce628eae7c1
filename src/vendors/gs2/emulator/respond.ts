import type { Context } from 'hono';
import { encodeErrorBody } from '../wire';
import { Gs2Error } from './errors';

/** Echoes X-GS2-REQUEST-ID into `metadata.requestId`, where GS2's result metadata carries it. */
export function readRequestId(c: Context): string | undefined {
  const id = c.req.header('x-gs2-request-id')?.trim();
  return id && id.length <= 1024 ? id : undefined;
}

export function success(c: Context, result: unknown, requestId: string | undefined): Response {
  const body =
    requestId && typeof result === 'object' && result !== null
      ? { ...result, metadata: { requestId } }
      : result;
  return c.json(body, 200);
}

/** Every failure leaves in GS2's shape with a status the SDKs know; anything unexpected is a 500. */
export function failure(c: Context, err: unknown, requestId: string | undefined): Response {
  const error =
    err instanceof Gs2Error ? err : new Gs2Error(500, 'identifier', 'identifier.server.error.internal');
  return c.json(encodeErrorBody(error.errors, requestId), error.status);
}
