import { Hono } from 'hono';
import type { Context } from 'hono';
import { HeaderOnlyResponse } from '../wire/common';
import { bearerAuth } from './auth/bearer';
import { tokenService } from './auth/token-service';
import { httpStatusFor, NhnError, RESULT } from './errors';
import { registerHandlers } from './handlers';
import type { NhnEnv, Runtime } from './runtime';

function failure(c: Context, rt: Runtime, err: NhnError): Response {
  const body = HeaderOnlyResponse.parse({
    header: { isSuccessful: false, resultCode: err.code, resultMessage: err.message },
  });
  return c.json({ ...err.extra, ...body }, httpStatusFor(err.code, rt.httpStatusMode));
}

/** The token service and the core API on one origin, as the demo connection expects. */
export function buildApp(rt: Runtime): Hono {
  const onError = (err: Error, c: Context): Response => {
    if (err instanceof NhnError) return failure(c, rt, err);
    console.error('nhn-framework emulator:', err);
    return failure(c, rt, new NhnError(RESULT.SYSTEM_ERROR));
  };
  const api = new Hono<NhnEnv>();
  api.onError(onError);
  api.use('/v1/*', bearerAuth(rt));
  registerHandlers(api, rt);

  const root = new Hono();
  root.onError(onError);
  root.notFound((c) => failure(c, rt, new NhnError(RESULT.NO_SUCH_API)));
  root.route('/', tokenService(rt));
  root.route('/', api);
  return root;
}
