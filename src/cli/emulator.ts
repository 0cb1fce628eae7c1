import { launchEmulator } from '../emulator-kit/launch';
import { emulatorLoaders } from '../emulator-kit/registry';
import { parseEmulatorArgs } from './emulator-args';

/** `npm run emulator -- <vendor>`: one vendor emulator alone, as a sandbox for any client or SDK. */
async function main(): Promise<void> {
  const o = parseEmulatorArgs(process.argv.slice(2), Object.keys(emulatorLoaders));
  const running = await launchEmulator(o.vendor, o);
  console.log(
    `Emulator ${o.vendor} at ${running.url}${o.dataDir ? ` (state in ${o.dataDir})` : ' (in memory)'}`,
  );
  const fill = (v: string) => v.replaceAll('{baseUrl}', running.url);
  const credentials = Object.entries({ ...running.demo.settings, ...running.demo.secrets }).map(
    ([k, v]) => `${k}=${fill(v)}`,
  );
  console.log(`Bootstrap credential: ${credentials.join('  ')}`);
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
