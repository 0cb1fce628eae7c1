import path from 'node:path';
import { isVendorId, type VendorId } from '../vendors/ids';

export type EmulatorArgs = {
  vendor: VendorId;
  port: number;
  host: string;
  dataDir: string | undefined;
  seed: boolean;
  adminId: string | undefined;
  adminSecret: string | undefined;
};

export const usage = (available: readonly string[]) =>
  `Usage: npm run emulator -- <vendor> [--port N] [--host H] [--data-dir DIR | --in-memory] [--seed demo|none]
                            [--admin-id ID --admin-secret SECRET]
  vendors with an emulator: ${available.join(', ') || '(none yet)'}`;

/** Parses `npm run emulator` arguments; every mistake is an Error whose message says what to type instead. */
export function parseEmulatorArgs(argv: readonly string[], available: readonly string[]): EmulatorArgs {
  const [vendor, ...rest] = argv;
  const help = usage(available);
  if (!vendor || !isVendorId(vendor) || !available.includes(vendor)) {
    throw new Error(`Unknown vendor "${vendor ?? ''}".\n${help}`);
  }
  const out: EmulatorArgs = {
    vendor,
    port: 0,
    host: '127.0.0.1',
    dataDir: path.resolve('.tessera', 'emulators'),
    seed: true,
    adminId: undefined,
    adminSecret: undefined,
  };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i] ?? '';
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value.\n${help}`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) > 65535)
          throw new Error(`--port must be a number from 0 to 65535, not "${v}".`);
        out.port = Number(v);
        break;
      }
      case '--host':
        out.host = value();
        break;
      case '--data-dir':
        out.dataDir = path.resolve(value());
        break;
      case '--in-memory':
        out.dataDir = undefined;
        break;
      case '--seed': {
        const v = value();
        if (v !== 'demo' && v !== 'none') throw new Error(`--seed takes demo or none, not "${v}".`);
        out.seed = v === 'demo';
        break;
      }
      case '--no-seed':
        out.seed = false;
        break;
      case '--admin-id':
        out.adminId = value();
        break;
      case '--admin-secret':
        out.adminSecret = value();
        break;
      default:
        throw new Error(`Unknown option ${flag}.\n${help}`);
    }
  }
  if ((out.adminId === undefined) !== (out.adminSecret === undefined)) {
    throw new Error('--admin-id and --admin-secret go together: give both or neither.');
  }
  return out;
}
