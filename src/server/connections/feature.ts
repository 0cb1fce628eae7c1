import type { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import type { Config } from '../config';
import { createProxyService, type ProxyService } from '../proxy/service';
import { mountProxyRoutes } from '../proxy/routes';
import type { TokenCacheOptions } from '../proxy/token-cache';
import type { Store } from '../store/open';
import { createConnectionRepo, type ConnectionRepo } from './repo';
import { mountConnectionRoutes } from './routes';
import { createSecretBox, loadSecretKey } from './secret-box';

export type ConnectionsFeature = { repo: ConnectionRepo; proxy: ProxyService };

/** The connection repository over the store, with the secret key from config or the data dir's key file. */
export function openConnectionRepo(config: Config, store: Store): ConnectionRepo {
  return createConnectionRepo(store.db, createSecretBox(loadSecretKey(config)));
}

/** Connections API and vendor proxy, sharing one repository and one token cache. */
export function mountConnections(
  app: Hono<AppEnv>,
  deps: { config: Config; store: Store; tokenOptions?: TokenCacheOptions },
): ConnectionsFeature {
  const repo = openConnectionRepo(deps.config, deps.store);
  const proxy = createProxyService({
    config: deps.config,
    repo,
    db: deps.store.db,
    ...(deps.tokenOptions ? { tokenOptions: deps.tokenOptions } : {}),
  });
  mountConnectionRoutes(app, repo, proxy);
  mountProxyRoutes(app, proxy);
  return { repo, proxy };
}
