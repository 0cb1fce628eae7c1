import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTessera } from '../../src/server/bootstrap';
import { loadConfig } from '../../src/server/config';
import { E2E_ADMIN_PASSWORD } from './stack-env';

/**
 * The stack Playwright tests run against: the built console (npm test builds it first), its server and
 * every emulator, on a data dir made fresh for this run and removed on exit.
 */
const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
// TESSERA_E2E_CLIENT_DIR lets parallel runs each test their own build instead of sharing dist/.
const clientDir = process.env.TESSERA_E2E_CLIENT_DIR ?? path.join(root, 'dist', 'client');
if (!fs.existsSync(path.join(clientDir, 'index.html'))) {
  console.error('e2e: dist/client is missing; run `npm run build` first (npm test does).');
  process.exit(1);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-e2e-'));
const config = loadConfig({
  ...process.env,
  TESSERA_DATA_DIR: dataDir,
  TESSERA_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
  TESSERA_LOG_LEVEL: process.env.TESSERA_LOG_LEVEL ?? 'warn',
});
const tessera = await startTessera({ config, clientDir });
console.log(`e2e stack at ${tessera.url}`);

const stop = () => {
  void tessera.close().finally(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
