import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm test`: every check a change must pass, in the order that fails fastest, with one summary at the end.
 * All steps run even after a failure (so one run shows every problem), except that e2e needs a build.
 */
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-test-'));
const only = process.argv.slice(2);

type Step = {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  needs?: string;
  count?: () => { passed: number; failed: number; skipped: number };
};

const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');

function countVitest() {
  const r = JSON.parse(fs.readFileSync(vitestReport, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}
function countPlaywright() {
  const r = JSON.parse(fs.readFileSync(playwrightReport, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

const steps: Step[] = [
  { name: 'typecheck', cmd: [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0'] },
  { name: 'format', cmd: [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'] },
  {
    name: 'unit+integration',
    cmd: [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ],
    count: countVitest,
  },
  { name: 'build', cmd: [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'] },
  { name: 'bundle budget', cmd: [bin('tsx', 'dist/cli.mjs'), 'bench/bundle.ts', '--check'], needs: 'build' },
  {
    name: 'e2e',
    cmd: [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    needs: 'build',
    count: countPlaywright,
  },
];

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.cmd, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1', ...step.env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results: { name: string; ok: boolean; seconds: number; note: string }[] = [];
let passed = 0;
let failed = 0;
let skipped = 0;
const started = Date.now();
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  const dep = step.needs ? results.find((r) => r.name === step.needs) : undefined;
  if (dep && !dep.ok) {
    results.push({ name: step.name, ok: false, seconds: 0, note: `not run: ${step.needs} failed` });
    failed++;
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const t0 = Date.now();
  const code = await run(step);
  let note = '';
  if (step.count) {
    try {
      const c = step.count();
      passed += c.passed;
      failed += c.failed;
      skipped += c.skipped;
      note = `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
      // A runner that crashed before reporting any test must not look green.
      if (code !== 0 && c.failed === 0) failed++;
    } catch {
      note = 'no report';
      failed++;
    }
  } else if (code === 0) {
    passed++;
  } else {
    failed++;
  }
  results.push({ name: step.name, ok: code === 0, seconds: (Date.now() - t0) / 1000, note });
}

console.log('\nSummary');
for (const r of results)
  console.log(
    `  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(18)} ${r.seconds.toFixed(1).padStart(7)} s  ${r.note}`,
  );
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s (checks count as one test each)`);
fs.rmSync(reports, { recursive: true, force: true });
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
