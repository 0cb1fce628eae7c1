import type { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import type { Config } from '../config';
import { openConnectionRepo } from '../connections/feature';
import type { ConnectionRepo } from '../connections/repo';
import { createSecretBox, loadSecretKey } from '../connections/secret-box';
import { createUpstreamHttp } from '../proxy/upstream-http';
import type { Store } from '../store/open';
import { createGs2UserApi, type Gs2UserApi } from './gs2-user-api';
import { mountLinkRoutes } from './link-routes';
import { mountGs2MfaRoutes } from './mfa-routes';
import { mountGs2SignInRoutes } from './sign-in-routes';
import { createSelfServiceStore, type SelfServiceStore } from './store';

export type SelfServiceDeps = {
  config: Config;
  store: Store;
  repo: ConnectionRepo;
  links: SelfServiceStore;
  gs2: Gs2UserApi;
};

/**
 * Self-service for vendor users who are not operators: today, a GS2 user managing their own MFA through a
 * link an operator created. Mounted before the operator session guard; every route checks its own session.
 */
export function mountSelfServiceRoutes(app: Hono<AppEnv>, deps: { config: Config; store: Store }): void {
  const { config, store } = deps;
  const full: SelfServiceDeps = {
    config,
    store,
    repo: openConnectionRepo(config, store),
    links: createSelfServiceStore(store.db, createSecretBox(loadSecretKey(config))),
    gs2: createGs2UserApi(
      createUpstreamHttp({
        connectTimeoutMs: config.upstreamConnectTimeoutMs,
        timeoutMs: config.upstreamTimeoutMs,
      }),
    ),
  };
  mountLinkRoutes(app, full);
  mountGs2SignInRoutes(app, full);
  mountGs2MfaRoutes(app, full);
}
