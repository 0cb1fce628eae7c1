import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTessera } from '../server/bootstrap';
import { ConfigError, loadConfig } from '../server/config';
import { ListenError } from '../server/listen';
import { StoreError } from '../server/store/open';

/**
 * `npm run dev`: the API server and emulators as `npm start` runs them, plus Vite with HMR in front. The
 * browser talks to Vite's origin only; Vite forwards /api to the server with the Host header unchanged, so
 * the server's same-origin checks still hold.
 */
const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function main(): Promise<void> {
  const config = loadConfig();
  const tessera = await startTessera({ config, dev: true });
  for (const e of tessera.emulators) console.log(`Emulator ${e.vendor} at ${e.url}`);
  for (const n of tessera.notices) console.log(n);
  console.log(`API server at ${tessera.url}; starting Vite…`);
  const vite = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), '--host', config.host],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TESSERA_DEV_API_PORT: new URL(tessera.url).port },
    },
  );
  const stop = () => {
    vite.kill('SIGTERM');
    void tessera.close().then(() => process.exit(0));
  };
  vite.on('exit', stop);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof StoreError || err instanceof ListenError;
  console.error(`tessera: ${known ? err.message : String(err)}`);
  process.exit(1);
});
