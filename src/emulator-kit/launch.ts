import fs from 'node:fs';
import path from 'node:path';
import { listen } from '../server/listen';
import type { VendorId } from '../vendors/ids';
import { emulatorLoaders } from './registry';
import type { DemoConnection } from './types';

export type RunningEmulator = { vendor: VendorId; url: string; demo: DemoConnection; close(): Promise<void> };

/** Starts one emulator on its own loopback port, its state in `<dataDir>/emulators/<vendor>.sqlite`. */
export async function launchEmulator(
  vendor: VendorId,
  opts: {
    dataDir?: string | undefined;
    host?: string;
    port?: number;
    seed?: boolean;
    adminId?: string | undefined;
    adminSecret?: string | undefined;
  },
): Promise<RunningEmulator> {
  const load = emulatorLoaders[vendor];
  if (!load) throw new Error(`No emulator for vendor "${vendor}" yet.`);
  const factory = await load();
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const file = opts.dataDir ? path.join(opts.dataDir, `${vendor}.sqlite`) : undefined;
  const emulator = await factory({
    file,
    seed: opts.seed ?? true,
    adminId: opts.adminId,
    adminSecret: opts.adminSecret,
  });
  const running = await listen(emulator.app.fetch, opts.host ?? '127.0.0.1', opts.port ?? 0).catch(
    (err: unknown) => {
      emulator.close();
      throw err;
    },
  );
  return {
    vendor,
    url: running.url,
    demo: emulator.demo,
    close: async () => {
      await running.close();
      emulator.close();
    },
  };
}

/** Starts every emulator that exists; used by `npm start` and the e2e stack. */
export async function launchAllEmulators(opts: {
  dataDir?: string | undefined;
  host?: string;
}): Promise<RunningEmulator[]> {
  const vendors = Object.keys(emulatorLoaders) as VendorId[];
  return Promise.all(vendors.map((v) => launchEmulator(v, opts)));
}
