import type { Hono } from 'hono';
import type { VendorId } from '../vendors/ids';

export type EmulatorOptions = {
  /** SQLite file for the emulator's state; undefined keeps it in memory (tests). */
  file?: string | undefined;
  /** Load the demo data set on an empty store (npm start does; most tests do too). */
  seed?: boolean;
  /**
   * Fixes the bootstrap credential (the vendor's client id, access key or appKey, and its secret) instead of
   * generating one on first start, so SDKs and scripts can be configured once (`--admin-id`/`--admin-secret`).
   */
  adminId?: string | undefined;
  adminSecret?: string | undefined;
};

/**
 * What a demo connection to this emulator needs: `settings` are the connection's plain fields, `secrets`
 * its write-only ones, both keyed as the vendor's connection form (manifest) names them. `baseUrl` is
 * filled in by the caller, which alone knows the port.
 */
export type DemoConnection = {
  name: string;
  settings: Record<string, string>;
  secrets: Record<string, string>;
};

export type Emulator = {
  vendor: VendorId;
  /** The vendor API as a fetch handler; mounted at the root of its own port. */
  app: Hono;
  demo: DemoConnection;
  close(): void;
};

export type EmulatorFactory = (opts: EmulatorOptions) => Emulator | Promise<Emulator>;
