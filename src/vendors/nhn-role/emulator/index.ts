import type { EmulatorOptions } from '../../../emulator-kit/types';
import { createApp } from './app';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../engine/options';
import { seedDemoTenant } from './seed-data';
import { openRoleStore, type Credentials } from './store';
import { nowIso } from './time';

/** Builds an emulator, optionally with fixed credentials or non-default engine options (tests of the open questions use these). */
export async function createRoleEmulator(opts: {
  file?: string | undefined;
  seed?: boolean | undefined;
  credentials?: Credentials | undefined;
  engine?: Partial<EngineOptions>;
}) {
  if (opts.credentials) {
    // The appKey is a path segment and the secret a header value: keep both plain.
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(opts.credentials.appKey))
      throw new Error('The ROLE appKey must be 1-64 letters, digits, - or _.');
    if (!/^[\x21-\x7e]{1,256}$/.test(opts.credentials.secretKey))
      throw new Error('The ROLE secret key must be 1-256 visible ASCII characters.');
  }
  const store = openRoleStore(opts.file, nowIso, opts.credentials);
  const options = { ...DEFAULT_ENGINE_OPTIONS, ...opts.engine };
  const app = createApp({ store, options, now: nowIso });
  // Only a store this call created is seeded: a user who deleted every demo user keeps an empty tenant.
  if (opts.seed && store.fresh) await seedDemoTenant(app, store);
  const tenant = store.tenant();
  return {
    vendor: 'nhn-role' as const,
    app,
    store,
    demo: {
      name: 'NHN Cloud ROLE (emulator)',
      settings: { appKey: tenant.appKey },
      secrets: { secretKey: tenant.secretKey },
    },
    close: () => {
      store.close();
    },
  };
}

/**
 * The kit's factory. `adminId`/`adminSecret` (the CLI's --admin-id/--admin-secret, once the kit passes them)
 * pin the appKey and secret key; otherwise they are generated once and kept in the store.
 */
export const createEmulator = (
  opts: EmulatorOptions & { adminId?: string | undefined; adminSecret?: string | undefined },
) =>
  createRoleEmulator({
    file: opts.file,
    seed: opts.seed,
    credentials:
      opts.adminId && opts.adminSecret ? { appKey: opts.adminId, secretKey: opts.adminSecret } : undefined,
  });
