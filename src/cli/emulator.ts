import path from 'node:path';
import { launchEmulator } from '../emulator-kit/launch';
import { emulatorLoaders } from '../emulator-kit/registry';
import { isVendorId } from '../vendors/ids';

const USAGE = `Usage: npm run emulator -- <vendor> [--port N] [--host H] [--data-dir DIR] [--no-seed]
  vendors with an emulator: ${Object.keys(emulatorLoaders).join(', ') || '(none yet)'}`;

function parse(argv: string[]) {
  const [vendor, ...rest] = argv;
  const opts: { port: number; host: string; dataDir: string | undefined; seed: boolean } = {
    port: 0,
    host: '127.0.0.1',
    dataDir: path.resolve('.tessera', 'emulators'),
    seed: true,
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const next = () => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${String(a)} needs a value.\n${USAGE}`);
      return v;
    };
    if (a === '--port') {
      const v = next();
      if (!/^\d+$/.test(v) || Number(v) > 65535)
        throw new Error(`--port must be a number from 0 to 65535, not "${v}".`);
      opts.port = Number(v);
    } else if (a === '--host') opts.host = next();
    else if (a === '--data-dir') opts.dataDir = path.resolve(next());
    else if (a === '--in-memory') opts.dataDir = undefined;
    else if (a === '--no-seed') opts.seed = false;
    else throw new Error(`Unknown option ${String(a)}.\n${USAGE}`);
  }
  if (!vendor || !isVendorId(vendor) || !emulatorLoaders[vendor])
    throw new Error(`Unknown vendor "${vendor ?? ''}".\n${USAGE}`);
  return { vendor, ...opts };
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  const running = await launchEmulator(o.vendor, {
    dataDir: o.dataDir,
    host: o.host,
    port: o.port,
    seed: o.seed,
  });
  console.log(`Emulator ${o.vendor} at ${running.url}`);
  console.log(`Demo credentials: ${JSON.stringify({ ...running.demo.settings, ...running.demo.secrets })}`);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`tessera emulator: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
