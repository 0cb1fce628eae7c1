import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const CLIENT_INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'src', 'public'];
const SERVER_ONLY = /[\\/](server|emulator|emulator-kit|cli)[\\/]|\.test\.tsx?$|upstream\.ts$/;

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return SERVER_ONLY.test(p) ? 0 : st.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Builds the SPA when dist/ is missing or older than its sources, so `npm start` always serves current code. */
export function buildIfNeeded(root: string, clientDir: string): void {
  const built = path.join(clientDir, 'index.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...CLIENT_INPUTS.map((p) => newestMtime(path.join(root, p))));
  if (builtAt > sourcesAt) return;
  console.log(builtAt ? 'Sources changed; rebuilding the console…' : 'Building the console (first start)…');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const res = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error('The console build failed; see the errors above.');
}
