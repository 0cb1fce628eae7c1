import type { EmulatorFactory } from '../../../emulator-kit/types';
import { createApp } from './app';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './engine/options';
import { seedDemoTenant } from './seed-data';
import { openRoleStore } from './store';
import { nowIso } from './time';

/** Builds an emulator with non-default engine options (tests of the open questions use this). */
export async function createRoleEmulator(opts: { file?: string | undefined; seed?: boolean | undefined; engine?: Partial<EngineOptions> }) {
  const store = openRoleStore(opts.file, nowIso);
  const options = { ...DEFAULT_ENGINE_OPTIONS, ...opts.engine };
  const app = createApp({ store, options, now: nowIso });
  // Only a store this call created is seeded: a user who deleted every demo user keeps an empty tenant.
  if (opts.seed && store.fresh) await seedDemoTenant(app, store);
  const tenant = store.tenant();
  return {
    vendor: 'nhn-role' as const,
    app,
    store,
    demo: { name: 'NHN Cloud ROLE (emulator)', settings: { appKey: tenant.appKey }, secrets: { secretKey: tenant.secretKey } },
    close: () => {
      store.close();
    },
  };
}

export const createEmulator: EmulatorFactory = (opts) => createRoleEmulator(opts);
