import { Hono } from 'hono';
import { authorize } from './authorize';
import type { Call, EmulatorContext } from './context';
import { Gs2Error } from './errors';
import type { Route } from './operation';
import { readInput } from './request-input';
import { failure, readRequestId, success } from './respond';
import { ROUTES } from './routes';
import { testHooks, type Lifecycle } from './test-hooks';
import { authenticate } from './tokens';

/** The prefix that a `{base}/{service}` endpoint template produces; the root serves the same routes. */
export const SERVICE_PREFIX = '/identifier';

function mount(api: Hono, route: Route, ctx: EmulatorContext): void {
  api.on(route.method, route.path, async (c) => {
    const requestId = readRequestId(c);
    try {
      const call: Call = {
        ctx,
        principal: undefined,
        requestId,
        dryRun: c.req.header('x-gs2-dry-run')?.trim().toLowerCase() === 'true',
      };
      // Authentication, then authorisation, then validation: a caller without rights learns nothing about inputs.
      if (!route.open) {
        const token = authenticate(ctx, c.req.header('authorization'));
        authorize(ctx, token, route.name);
        call.principal = token.userName;
      }
      const input = await readInput(c, route.numeric);
      const result = route.write
        ? ctx.store.atomic(() => route.handle(input, call), { rollback: call.dryRun })
        : route.handle(input, call);
      return success(c, result, requestId);
    } catch (err) {
      return failure(c, err, requestId);
    }
  });
}

export function buildApp(ctx: EmulatorContext, lifecycle: Lifecycle): Hono {
  const api = new Hono();
  for (const route of ROUTES) mount(api, route, ctx);
  const app = new Hono();
  if (ctx.settings.testMode) app.route('/__emulator', testHooks(ctx, lifecycle));
  app.route(SERVICE_PREFIX, api);
  app.route('/', api);
  app.notFound((c) =>
    failure(c, new Gs2Error(404, 'identifier', 'identifier.route.error.notFound'), readRequestId(c)),
  );
  app.onError((err, c) => failure(c, err, readRequestId(c)));
  return app;
}
