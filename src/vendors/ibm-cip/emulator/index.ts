import type { Emulator, EmulatorFactory } from '../../../emulator-kit/types';
import { createApp } from './app';
import { resolveConfig, type CipEmulatorOptions, type Ctx } from './config';
import { seedDemo } from './seed';
import { openCipStore } from './store';

/**
 * The IBM Cloud Identity Portal administration API (`/GmaApi`). Besides the kit's options it takes the
 * API key, the token lifetime and a clock (see CipEmulatorOptions) so tests can expire tokens.
 */
export function createCipEmulator(opts: CipEmulatorOptions): Emulator {
  const store = openCipStore(opts.file);
  const config = resolveConfig(opts);
  const ctx: Ctx = { store, config, now: opts.now ?? Date.now };
  if (opts.seed && store.users.count() === 0 && store.instances.count() === 0)
    store.transaction(() => seedDemo(ctx));
  const key = config.apiKeys[0];
  return {
    vendor: 'ibm-cip',
    app: createApp(ctx),
    demo: {
      name: 'IBM Cloud Identity Portal (demo)',
      settings: { clientId: key?.clientId ?? '' },
      secrets: { clientSecret: key?.clientSecret ?? '' },
    },
    close: () => {
      store.close();
    },
  };
}

export const createEmulator: EmulatorFactory = createCipEmulator;
