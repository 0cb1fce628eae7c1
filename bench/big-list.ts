import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';

/**
 * Renders the shared DataTable with 100,000 rows in Chromium and prints what a user feels: time until the
 * first rows show, frame times while scrolling from top to bottom, the time to sort all rows and how many
 * row and cell elements exist at once (virtualisation keeps them constant); then the same for the
 * PermissionMatrix at 50 and 500 columns, also scrolled left to right.
 * `npm run bench:big-list [rows] [columns,columns]`; TESSERA_BENCH_OUT_DIR builds the page outside dist/.
 */
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
// dist/ is shared by everyone building on this machine; TESSERA_BENCH_OUT_DIR builds the page elsewhere.
const out = path.resolve(process.env.TESSERA_BENCH_OUT_DIR ?? path.join(root, 'dist', 'bench-big-list'));
const rows = Number(process.argv[2] ?? 100_000);
const matrixColumns = (process.argv[3] ?? '50,500').split(',').map(Number);

type ScrollFigures = {
  p50: number;
  p95: number;
  max: number;
  over50ms: number;
  maxRows: number;
  maxCells: number;
  steps: number;
};
/**
 * Jumps across the grid (top to bottom, or left to right) in 240 steps, one animation frame each, timing
 * every frame and counting the row and cell elements in the DOM.
 */
const scrollProbe = (axis: 'down' | 'right') => `(async () => {
  const [pos, size, client] = ${JSON.stringify(
    axis === 'down'
      ? ['scrollTop', 'scrollHeight', 'clientHeight']
      : ['scrollLeft', 'scrollWidth', 'clientWidth'],
  )};
  let el = document.querySelector('[role="grid"]');
  while (el && el[size] <= el[client]) el = el.parentElement;
  if (!el) return null;
  const frames = [];
  let maxRows = 0;
  let maxCells = 0;
  const steps = 240;
  let last = performance.now();
  for (let i = 1; i <= steps; i++) {
    el[pos] = (el[size] - el[client]) * (i / steps);
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const now = performance.now();
    frames.push(now - last);
    last = now;
    maxRows = Math.max(maxRows, document.querySelectorAll('[role="row"]').length);
    maxCells = Math.max(maxCells, document.querySelectorAll('[role="gridcell"], [role="cell"]').length);
  }
  frames.sort((a, b) => a - b);
  const at = (q) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))];
  return { p50: at(0.5), p95: at(0.95), max: frames[frames.length - 1], over50ms: frames.filter((f) => f > 50).length, maxRows, maxCells, steps };
})()`;

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/big-list/vite.config.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TESSERA_BENCH_OUT_DIR: out },
  },
);
if (build.status !== 0) process.exit(1);

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const file = path.join(out, url.pathname.startsWith('/assets/') ? url.pathname : 'index.html');
  if (!file.startsWith(out) || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
  res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const f = (n: number) => n.toFixed(1);
const firstName = 'user-000000';
const lastName = `user-${String(rows - 1).padStart(6, '0')}`;

const scrollLine = (label: string, s: ScrollFigures) =>
  `  ${label} ${String(s.steps)} jumps; frame p50 ${f(s.p50)} ms, p95 ${f(s.p95)} ms, max ${f(s.max)} ms, ${String(s.over50ms)} frames > 50 ms; at most ${String(s.maxRows)} rows, ${String(s.maxCells)} cells in the DOM`;

/** Loads one view, waits for its first row, then scrolls it from top to bottom (and across) frame by frame. */
async function measure(page: Page, query: string, title: string, across = false): Promise<void> {
  const t0 = Date.now();
  await page.goto(`${base}/?${query}`);
  await page.getByText(firstName, { exact: true }).first().waitFor();
  const firstRowsMs = Date.now() - t0;
  // Passed as source text: tsx would otherwise wrap inner functions in a helper the page does not have.
  const down = await page.evaluate<ScrollFigures | null>(scrollProbe('down'));
  if (!down) throw new Error('no scrollable grid found');
  const lastRowVisible = await page.getByText(lastName, { exact: true }).first().isVisible();
  const right = across ? await page.evaluate<ScrollFigures | null>(scrollProbe('right')) : null;
  console.log(title);
  console.log(`  first rows visible:      ${String(firstRowsMs)} ms (navigation + data generation + render)`);
  console.log(scrollLine('scroll top→bottom: ', down));
  if (right) console.log(scrollLine('scroll left→right: ', right));
  console.log(`  last row reachable:      ${lastRowVisible ? 'yes' : 'NO'}`);
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await measure(
    page,
    `rows=${String(rows)}`,
    `DataTable, ${String(rows)} rows, client mode, Chromium headless (software rendering)`,
  );
  const s0 = Date.now();
  await page
    .getByRole('button', { name: /^Email/ })
    .first()
    .click();
  await page.waitForFunction(() => new URL(location.href).searchParams.toString().includes('sort'));
  console.log(`  sort ${String(rows)} rows by email: ${String(Date.now() - s0)} ms`);
  for (const cols of matrixColumns)
    await measure(
      page,
      `view=matrix&rows=${String(rows)}&cols=${String(cols)}`,
      `PermissionMatrix, ${String(rows)} rows × ${String(cols)} columns`,
      true,
    );
} finally {
  await browser.close();
  server.close();
}
