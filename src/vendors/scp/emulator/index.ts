import type { DemoConnection, Emulator, EmulatorFactory, EmulatorOptions } from '../../../emulator-kit/types';
import { createScpApp } from './app';
import { bootstrap, type AdminCredential } from './bootstrap';
import { scpConfig, type ScpEmulatorConfig } from './config';
import { isFresh, seedDemo } from './seed/demo';
import { openScpStore, type ScpStore } from './store';

export type ScpEmulatorOptions = {
  config?: Partial<ScpEmulatorConfig>;
  /** Fixes the bootstrap credential (`--admin-id` / `--admin-secret`). */
  admin?: AdminCredential;
} & EmulatorOptions;

export type ScpEmulator = {
  store: ScpStore;
  config: ScpEmulatorConfig;
  accountId: string;
  /** The bootstrap credential. */
  admin: { accessKey: string; secretKey: string; userId: string };
} & Emulator;

export function createScpEmulator(opts: ScpEmulatorOptions = {}): ScpEmulator {
  const config = scpConfig(opts.config);
  const store = openScpStore(opts.file);
  try {
    const meta = bootstrap(store, config, opts.admin);
    if (opts.seed && isFresh(store)) seedDemo(store, config);
    const key = store.accessKeys.get(meta.admin_access_key_id);
    if (!key) throw new Error('The SCP emulator bootstrap access key is missing from its store.');
    const demo: DemoConnection = {
      name: 'SCP IAM (emulator)',
      settings: {
        environment: 'emulator',
        accessKey: key.access_key,
        accountId: meta.account_id,
        apiVersion: '1.2',
        clientType: 'OpenApi',
      },
      secrets: { secretKey: key.secret_key },
    };
    return {
      vendor: 'scp',
      // The kit mounts a plain Hono app; the request variables typed by ScpEnv stay internal to it.
      app: createScpApp({ store, config }) as unknown as Emulator['app'],
      demo,
      store,
      config,
      accountId: meta.account_id,
      admin: { accessKey: key.access_key, secretKey: key.secret_key, userId: meta.admin_user_id },
      close: () => {
        store.close();
      },
    };
  } catch (err) {
    store.close();
    throw err;
  }
}

export const createEmulator: EmulatorFactory = (opts) =>
  createScpEmulator({ ...opts, admin: { accessKey: opts.adminId, secretKey: opts.adminSecret } });
