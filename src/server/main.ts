import { createApp, type AppDeps } from './app';
import { listen, type Listening } from './listen';

/** Starts the console server on the configured host and port. */
export function startServer(deps: AppDeps): Promise<Listening> {
  const app = createApp(deps);
  return listen(app.fetch, deps.config.host, deps.config.port);
}
