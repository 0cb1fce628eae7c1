import { openDocStore } from '../../../emulator-kit/doc-store';
import type { Emulator, EmulatorFactory } from '../../../emulator-kit/types';
import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import type { NhnEmulatorOptions, Runtime } from './runtime';
import { seedDemo } from './seed/demo';
import { nhnStore } from './store';

export type { NhnEmulatorOptions } from './runtime';

/** The emulator plus its runtime, which tests use to reach the clock and the state directly. */
export function createNhnFrameworkEmulator(opts: NhnEmulatorOptions): {
  emulator: Emulator;
  runtime: Runtime;
} {
  const docs = openDocStore(opts.file);
  const store = nhnStore(docs);
  const runtime: Runtime = {
    store,
    now: opts.now ?? (() => new Date()),
    defaultTokenExpirySeconds: opts.defaultTokenExpirySeconds ?? 86_400,
    httpStatusMode: opts.httpStatusMode ?? 'mapped',
    faults: new Map(),
  };
  if (store.meta.count() === 0) {
    bootstrap(runtime, opts.seed ? 'Acme Games' : 'Sandbox Organization', opts.bootstrap);
    if (opts.seed) seedDemo(runtime);
  }
  const meta = store.meta.get('meta');
  if (!meta) throw new Error('The nhn-framework emulator store has no bootstrap record.');
  return {
    runtime,
    emulator: {
      vendor: 'nhn-framework',
      app: buildApp(runtime),
      demo: {
        name: `NHN Cloud Framework demo (${meta.orgId})`,
        settings: { userAccessKeyId: meta.userAccessKeyId, orgId: meta.orgId, tokenBaseUrl: '{baseUrl}' },
        secrets: { secretAccessKey: meta.secretAccessKey },
      },
      close: () => {
        docs.close();
      },
    },
  };
}

export const createEmulator: EmulatorFactory = (opts) =>
  createNhnFrameworkEmulator({
    ...opts,
    ...(opts.adminId && opts.adminSecret
      ? { bootstrap: { userAccessKeyId: opts.adminId, secretAccessKey: opts.adminSecret } }
      : {}),
  }).emulator;
