import { performance } from 'node:perf_hooks';
import { DEFAULT_SIGN_IN_THROTTLE, loadConfig } from '../src/server/config';
import { hashPassword, verifyPassword } from '../src/server/auth/password';
import { delayAfter } from '../src/server/auth/throttle';
import { startTestServer } from '../src/server/testing/harness';
import { postSignIn } from '../src/server/testing/sign-in-flow';

/**
 * Prints what a sign-in costs: the scrypt hash and verify at the production cost, a full sign-in over
 * HTTP (median of several), and the throttling figures derived from the defaults.
 */
const RUNS = 7;
const logN = loadConfig({}).scryptLogN;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const hashTimes: number[] = [];
const verifyTimes: number[] = [];
let stored = '';
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  stored = await hashPassword('benchmark password', logN);
  hashTimes.push(performance.now() - t);
  t = performance.now();
  await verifyPassword('benchmark password', stored);
  verifyTimes.push(performance.now() - t);
}
console.log(`scrypt N=2^${logN}, r=8, p=1 (${(128 * 2 ** logN * 8) / 1024 / 1024} MB per hash)`);
console.log(`  hash   median ${ms(median(hashTimes))}`);
console.log(`  verify median ${ms(median(verifyTimes))}`);

const server = await startTestServer({
  scryptLogN: logN,
  signInThrottle: { ...DEFAULT_SIGN_IN_THROTTLE, address: { freeFailures: 1e6, lockAfter: 1e6 } },
});
try {
  const client = await server.signIn('viewer', { password: 'benchmark password' });
  const ok: number[] = [];
  const bad: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await postSignIn(server.url, client.operator.username, 'benchmark password');
    ok.push(performance.now() - t);
    t = performance.now();
    await postSignIn(server.url, `nobody-${String(i)}`, 'wrong password');
    bad.push(performance.now() - t);
  }
  console.log(`sign-in over HTTP (POST /api/session), median of ${RUNS}:`);
  console.log(`  existing user, right password  ${ms(median(ok))}`);
  console.log(`  unknown user (dummy verify)    ${ms(median(bad))}`);
} finally {
  await server.close();
}

const d = DEFAULT_SIGN_IN_THROTTLE;
const schedule = (rule: typeof d.username) =>
  Array.from({ length: rule.lockAfter }, (_, i) => delayAfter(d, rule, i + 1))
    .map((x, i) => `${String(i + 1)}:${x / 1000}s`)
    .slice(Math.max(0, rule.freeFailures - 1), rule.freeFailures + 8)
    .join(' ');
console.log('throttling (per key, failures counted within a window):');
console.log(
  `  window ${d.windowMs / 60_000} min, lock ${d.lockMs / 60_000} min, delay ${d.baseDelayMs / 1000}s doubling up to ${d.maxDelayMs / 1000}s`,
);
console.log(
  `  per username: ${d.username.freeFailures} free failures, lock at ${d.username.lockAfter}; wait after failure n: … ${schedule(d.username)}`,
);
console.log(
  `  per address:  ${d.address.freeFailures} free failures, lock at ${d.address.lockAfter}; wait after failure n: … ${schedule(d.address)} …`,
);
