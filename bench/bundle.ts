import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseBundle } from './bundle-analysis';

/**
 * Prints the JavaScript each route downloads (gzip) against its budget, and where Monaco lives.
 * `--check` exits non-zero when a budget is exceeded or Monaco leaks into a route's eager chunks;
 * npm test runs it that way after building.
 */
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const check = process.argv.includes('--check');
// BENCH_CLIENT_DIR measures another build than dist/client (e.g. one made with --outDir).
const clientDir = process.env.BENCH_CLIENT_DIR ?? path.join(root, 'dist', 'client');
const { routes, entryGzip, monacoChunks } = analyseBundle(clientDir);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log(`entry (shell) JS: ${kb(entryGzip)} gzip`);
console.log('route'.padEnd(48) + 'gzip JS'.padStart(12) + 'budget'.padStart(12) + '  monaco');
const failures: string[] = [];
for (const r of routes) {
  const over = r.gzipBytes > r.budget;
  console.log(
    r.route.padEnd(48) +
      kb(r.gzipBytes).padStart(12) +
      kb(r.budget).padStart(12) +
      `  ${r.hasMonaco ? 'YES' : 'no'}${over ? '  OVER BUDGET' : ''}`,
  );
  if (over) failures.push(`${r.route} is ${kb(r.gzipBytes)}, budget ${kb(r.budget)}`);
  if (r.hasMonaco) failures.push(`${r.route} loads Monaco eagerly`);
}
console.log(
  `Monaco chunks (lazy only): ${monacoChunks.length ? monacoChunks.join(', ') : 'none in this build'}`,
);
if (!routes.some((r) => r.route.includes('sign-in'))) console.log('note: no sign-in route in this build yet');
if (check && failures.length) {
  console.error(`bundle budget failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
