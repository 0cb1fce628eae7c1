import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../server/config';
import { ListenError } from '../server/listen';
import { StoreError } from '../server/store/open';
import { startTessera } from '../server/bootstrap';
import { buildIfNeeded } from './build-if-needed';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = new Set(process.argv.slice(2));

const USAGE = `Usage: npm start [-- --no-emulators] [-- --no-build]
  --no-emulators  run the console alone (connections point at real vendors)
  --no-build      serve dist/client as it is`;

async function main(): Promise<void> {
  for (const a of args) {
    if (!['--no-emulators', '--no-build', '--help'].includes(a))
      throw new ConfigError(`Unknown option ${a}.\n${USAGE}`);
  }
  if (args.has('--help')) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const clientDir = path.join(root, 'dist', 'client');
  if (!args.has('--no-build')) buildIfNeeded(root, clientDir);
  const tessera = await startTessera({ config, clientDir, emulators: !args.has('--no-emulators') });
  for (const e of tessera.emulators) console.log(`Emulator ${e.vendor} at ${e.url}`);
  for (const n of tessera.notices) console.log(n);
  console.log(`Tessera is running at ${tessera.url}  (data in ${config.dataDir})`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down…`);
    tessera.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof StoreError || err instanceof ListenError) {
    console.error(`tessera: ${err.message}`);
  } else {
    console.error('tessera: failed to start:', err);
  }
  process.exit(1);
});
