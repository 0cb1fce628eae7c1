import path from 'node:path';
import { launchAllEmulators, type RunningEmulator } from '../emulator-kit/launch';
import type { Config } from './config';
import { createLogger, type Logger } from './log';
import { startServer } from './main';
import { openStore, type Store } from './store/open';
import { ensureFirstAdmin } from './operators/first-admin';
import { syncDemoConnections } from './connections/demo';
import { openConnectionRepo } from './connections/feature';

export type Tessera = {
  url: string;
  store: Store;
  emulators: RunningEmulator[];
  /** Lines for the terminal only (e.g. a first admin password); never logged. */
  notices: string[];
  close(): Promise<void>;
};

/**
 * Opens the store, starts the emulators (unless disabled) and the console server. Anything that fails
 * stops start-up before the server listens, and whatever was already started is closed again.
 */
export async function startTessera(opts: {
  config: Config;
  clientDir?: string | undefined;
  emulators?: boolean;
  dev?: boolean;
  log?: Logger;
}): Promise<Tessera> {
  const { config } = opts;
  const log = opts.log ?? createLogger(config.logLevel);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const notices: string[] = [];
  let emulators: RunningEmulator[] = [];
  try {
    notices.push(...(await ensureFirstAdmin(store, config)));
    if (opts.emulators ?? true) {
      emulators = await launchAllEmulators({ dataDir: path.join(config.dataDir, 'emulators') });
      // Demo connections follow the emulators to their new ports on every start.
      await syncDemoConnections(openConnectionRepo(config, store), emulators);
    }
    const server = await startServer({
      config,
      store,
      log,
      clientDir: opts.clientDir,
      dev: opts.dev ?? false,
    });
    return {
      url: server.url,
      store,
      emulators,
      notices,
      close: async () => {
        await server.close();
        await Promise.all(emulators.map((e) => e.close()));
        await store.close();
      },
    };
  } catch (err) {
    await Promise.all(emulators.map((e) => e.close()));
    await store.close();
    throw err;
  }
}
