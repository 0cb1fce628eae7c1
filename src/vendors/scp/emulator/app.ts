import { Hono } from 'hono';
import { API_VERSIONS } from '../wire/common';
import { VersionsResponse } from '../wire/directory';
import { apiVersion } from './api-version';
import { authenticate } from './auth';
import { ScpError } from './errors';
import { accessKeyOtpRoutes } from './handlers/access-key-otp';
import { accessKeyRoutes } from './handlers/access-keys';
import { directoryRoutes } from './handlers/directory';
import { groupMemberRoutes } from './handlers/group-members';
import { groupPolicyBindingRoutes } from './handlers/group-policy-bindings';
import { groupRoutes } from './handlers/groups';
import { policyRoutes } from './handlers/policies';
import { policyBindingRoutes } from './handlers/policy-bindings';
import { resourcePolicyRoutes } from './handlers/resource-policies';
import { resourcePolicyStatementRoutes } from './handlers/resource-policy-statements';
import { rolePolicyBindingRoutes } from './handlers/role-policy-bindings';
import { roleRoutes } from './handlers/roles';
import { samlProviderRoutes } from './handlers/saml-providers';
import { userPolicyBindingRoutes } from './handlers/user-policy-bindings';
import { userRoutes } from './handlers/users';
import { mountRoutes, send, type Deps, type RouteSpec, type ScpEnv } from './routing';

/** Every operation; within a resource, literal segments (bulk, list, send-otp) come before `:param` routes. */
export const ALL_ROUTES: RouteSpec[] = [
  ...directoryRoutes,
  ...userRoutes,
  ...userPolicyBindingRoutes,
  ...groupRoutes,
  ...groupMemberRoutes,
  ...groupPolicyBindingRoutes,
  ...policyRoutes,
  ...policyBindingRoutes,
  ...roleRoutes,
  ...rolePolicyBindingRoutes,
  ...accessKeyOtpRoutes,
  ...accessKeyRoutes,
  ...samlProviderRoutes,
  ...resourcePolicyRoutes,
  ...resourcePolicyStatementRoutes,
];

export function createScpApp(deps: Deps): Hono<ScpEnv> {
  const app = new Hono<ScpEnv>();
  app.onError((err, c) => {
    const e =
      err instanceof ScpError
        ? err
        : new ScpError(500, 'INTERNAL_ERROR', 'The emulator failed to handle the request.');
    return c.json(e.body(), e.status);
  });
  app.notFound((c) =>
    c.json(
      new ScpError(404, 'NOT_FOUND', `${c.req.method} ${c.req.path} is not an SCP IAM operation.`).body(),
      404,
    ),
  );

  // The version document of SCP's common API needs no signature.
  app.get('/', (c) => {
    const base = deps.config.publicBaseUrl ?? new URL(c.req.url).origin;
    return send(c, VersionsResponse, {
      versions: API_VERSIONS.map((v) => ({
        id: `v${v.id}`,
        links: [{ href: `${base}/v1`, rel: 'self' }],
        not_before: v.supportedUntil,
        status: v.status,
      })),
    });
  });
  for (const prefix of ['/v1/*', '/emulator/*']) {
    app.use(prefix, authenticate(deps));
    app.use(prefix, apiVersion(deps));
  }
  mountRoutes(app, deps, ALL_ROUTES);
  return app;
}
