import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiVersion } from '../wire/common';
import type { ScpEmulatorConfig } from './config';
import { ScpError, forbidden } from './errors';
import { evaluate } from './evaluate';
import type { AccessKeyRec, UserRec } from './records';
import { iamScope, iamSrn } from './srn';
import { metaOf, type ScpStore } from './store';
import { policyDocumentsOf } from './views/caller-policies';

export type Caller = {
  user: UserRec;
  key: AccessKeyRec;
};

export type ScpEnv = {
  Variables: { caller: Caller; version: ApiVersion };
};

export type ScpContext = Context<ScpEnv>;

export type Deps = {
  store: ScpStore;
  config: ScpEmulatorConfig;
};

export type AccessLevel = 'LIST' | 'READ' | 'CREATE' | 'UPDATE' | 'DELETE' | 'PERMISSION';

export type RouteSpec = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Hono path; literal segments (`bulk`, `list`, `send-otp`) must come before `:param` routes in a list. */
  path: string;
  /** The IAM action id policies grant, e.g. `iam:ListGroups`. */
  action: string;
  level: AccessLevel;
  /** The SRN the action targets: an IAM resource type and the path parameter holding its id. */
  target?: { type: string; param: string };
  /** Or the SRN computed from the request, for resources outside IAM (resource policies). */
  resourceOf?: (c: ScpContext) => string;
  /** The first API version the operation exists in. */
  since?: ApiVersion;
  handler: (c: ScpContext, deps: Deps) => Response | Promise<Response>;
};

/** Validates a response through its wire schema, so the emulator can never send a shape the seed does not define. */
export function send<S extends z.ZodType>(
  c: Context,
  schema: S,
  value: z.input<S>,
  status: ContentfulStatusCode = 200,
): Response {
  return c.json(schema.parse(value) as object, status);
}

export const noContent = (c: Context): Response => c.body(null, 204);

function authorize(c: ScpContext, deps: Deps, route: RouteSpec): void {
  const { account_id } = metaOf(deps.store);
  const id = route.target ? c.req.param(route.target.param) : undefined;
  const resource =
    route.resourceOf?.(c) ??
    (route.target && id
      ? iamSrn(deps.config.environment, account_id, route.target.type, id)
      : iamScope(deps.config.environment, account_id));
  const decision = evaluate(policyDocumentsOf(deps.store, c.get('caller').user), {
    action: route.action,
    level: route.level,
    resource,
    context: { 'scp:RequestedRegion': deps.config.region },
  });
  if (decision !== 'ALLOW') {
    const why = decision === 'EXPLICIT_DENY' ? 'an explicit Deny' : 'no policy allows it';
    throw forbidden(`${route.action} on ${resource} is not permitted: ${why}.`, 'ACCESS_DENIED');
  }
}

export function mountRoutes(app: Hono<ScpEnv>, deps: Deps, routes: RouteSpec[]): void {
  for (const route of routes) {
    app.on(route.method, route.path, async (c) => {
      if (route.since && c.get('version') < route.since) {
        throw new ScpError(
          404,
          'NOT_FOUND',
          `${route.method} ${c.req.path} does not exist in IAM API ${c.get('version')}.`,
        );
      }
      if (deps.config.authorize) authorize(c, deps, route);
      return route.handler(c, deps);
    });
  }
}
