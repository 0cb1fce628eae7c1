import type { Emulator, EmulatorFactory, EmulatorOptions } from '../../../emulator-kit/types';
import { openDocStore } from '../../../emulator-kit/doc-store';
import { buildApp } from './app';
import { checkBootstrapCredential, ensureBootstrap, readMeta, type BootstrapCredential } from './bootstrap';
import type { EmulatorContext, EmulatorSettings } from './context';
import { seedDemo } from './seed';
import { openGs2Store } from './store';

export type Gs2EmulatorOptions = EmulatorOptions &
  Partial<EmulatorSettings> & {
    /** Fixes the bootstrap credential instead of generating one on first start. */
    admin?: BootstrapCredential | undefined;
    /** Clock in Unix ms; tests move it to expire tokens or step TOTP codes. */
    now?: () => number;
  };

export type Gs2Emulator = Emulator & { ctx: EmulatorContext; admin: BootstrapCredential };

export function createGs2Emulator(opts: Gs2EmulatorOptions): Gs2Emulator {
  if (opts.admin) checkBootstrapCredential(opts.admin);
  const docs = openDocStore(opts.file);
  const store = openGs2Store(docs);
  const settings: EmulatorSettings = {
    enforcePolicies: opts.enforcePolicies ?? true,
    testMode: opts.testMode ?? false,
    seed: opts.seed ?? false,
  };
  const ctx: EmulatorContext = {
    store,
    settings,
    now: opts.now ?? Date.now,
    meta: () => {
      const meta = readMeta(ctx);
      if (!meta) throw new Error('The GS2 emulator store has no bootstrap metadata.');
      return meta;
    },
  };
  // Demo data goes only into a project nobody has used yet: the admin user is all that exists then.
  const fresh = store.users.count() === 0;
  const meta = ensureBootstrap(ctx, opts.admin);
  if (fresh && settings.seed) seedDemo(ctx);
  const lifecycle = {
    reset: () => {
      store.clear();
      ensureBootstrap(ctx);
      if (settings.seed) seedDemo(ctx);
    },
  };
  return {
    vendor: 'gs2',
    app: buildApp(ctx, lifecycle),
    ctx,
    admin: meta.bootstrap,
    demo: {
      name: 'GS2 demo project',
      settings: { region: 'ap-northeast-1', clientId: meta.bootstrap.clientId },
      secrets: { clientSecret: meta.bootstrap.clientSecret },
    },
    close: () => {
      docs.close();
    },
  };
}

/**
 * The registry's factory. `--admin-id`/`--admin-secret` (or TESSERA_GS2_ADMIN_ID / TESSERA_GS2_ADMIN_SECRET)
 * fix the bootstrap credential; options the shared CLI has no flags for come from the environment:
 * TESSERA_EMULATOR_TEST_MODE=1 serves the /__emulator hooks, TESSERA_GS2_ENFORCE_POLICIES=0 turns policy
 * checks off.
 */
export const createEmulator: EmulatorFactory = (opts) => {
  const env = process.env;
  const id = opts.adminId ?? env.TESSERA_GS2_ADMIN_ID;
  const secret = opts.adminSecret ?? env.TESSERA_GS2_ADMIN_SECRET;
  return createGs2Emulator({
    ...opts,
    admin: id && secret ? { clientId: id, clientSecret: secret } : undefined,
    testMode: env.TESSERA_EMULATOR_TEST_MODE === '1',
    enforcePolicies: env.TESSERA_GS2_ENFORCE_POLICIES !== '0',
  });
};
