/**
 * Proxy overhead: the same request stream sent straight to a vendor API and through Tessera's proxy, in
 * one run, over keep-alive loopback connections. Two measurements:
 * - saturated: BENCH_CONCURRENCY (16) requests always in flight, as fast as the machine goes: requests/s,
 *   p50/p99 and CPU per request. On a small box the latencies here are mostly queueing.
 * - latency: one request at a time (below the capacity of both paths), direct and proxied in alternating
 *   blocks so that other load on the machine hits both alike: p50/p99 and the latency the proxy adds.
 * Run with `npm run bench:proxy` (BENCH_REQUESTS, BENCH_CONCURRENCY, BENCH_LATENCY_REQUESTS to change the
 * load; BENCH_UPSTREAM=fake to measure against the minimal loopback fake instead of the emulator).
 */
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { emulatorLoaders } from '../src/emulator-kit/registry';
import { openConnectionRepo } from '../src/server/connections/feature';
import { startFakeVendor } from '../src/server/proxy/testing/fake-vendor';
import { startTestServer } from '../src/server/testing/harness';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
// Long enough for the JIT to settle on both paths; shorter warm-ups bill compilation to the first run.
const WARMUP = Math.min(2000, REQUESTS / 2);
const LATENCY_REQUESTS = Number(process.env.BENCH_LATENCY_REQUESTS ?? 1000);
const LATENCY_BLOCKS = 5;
const PATH = '/user?limit=10';

type Target = { base: string; headers: Record<string, string> };
/** `cpuUs`: this process's CPU time per request (server + load generator), immune to other load on the machine. */
type Result = {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuUs: number;
  latencies: number[];
};

/**
 * The load generator runs in a worker thread (plain JS, its own event loop), so the client's work is not
 * billed to the server being measured.
 */
const LOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { base, headers, count, concurrency, path } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const get = () => new Promise((resolve) => {
  const req = http.get(base + path, { agent, headers }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
  req.on('error', () => resolve(0));
});
(async () => {
  const latencies = []; let errors = 0; let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) { next++; const t0 = performance.now(); const s = await get(); latencies.push(performance.now() - t0); if (s !== 200) errors++; }
  }));
  agent.destroy();
  parentPort.postMessage({ seconds: (performance.now() - started) / 1000, latencies, errors });
})();
`;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function run(target: Target, count: number, path = PATH, concurrency = CONCURRENCY): Promise<Result> {
  const cpuBefore = process.cpuUsage();
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOADER, {
      eval: true,
      workerData: { ...target, count, concurrency, path },
    });
    worker.once('error', reject);
    worker.once('message', (m: { seconds: number; latencies: number[]; errors: number }) => {
      const sorted = m.latencies.sort((a, b) => a - b);
      const cpu = process.cpuUsage(cpuBefore);
      resolve({
        rps: count / m.seconds,
        p50: quantile(sorted, 0.5),
        p99: quantile(sorted, 0.99),
        errors: m.errors,
        cpuUs: (cpu.user + cpu.system) / count,
        latencies: sorted,
      });
      void worker.terminate();
    });
  });
}

/**
 * The GS2 emulator in a process of its own, as a real vendor would be elsewhere: in this process its
 * work would be billed to the proxy run only, as the direct run has the process to itself.
 */
function spawnEmulator(): Promise<Upstream> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/emulator.ts', 'gs2', '--in-memory', '--seed', 'demo', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`emulator exited (${String(code)}): ${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      const id = /clientId=(\S+)/.exec(out)?.[1];
      const secret = /clientSecret=(\S+)/.exec(out)?.[1];
      if (!url || !id || !secret) return;
      child.removeAllListeners('exit');
      resolve({
        url,
        clientId: id,
        clientSecret: secret,
        label: 'gs2 emulator (own process)',
        close: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

type Upstream = {
  url: string;
  clientId: string;
  clientSecret: string;
  label: string;
  close(): Promise<void>;
};

/** A GS2 upstream: the real emulator when registered, else the loopback fake the proxy tests use. */
async function upstream(): Promise<Upstream> {
  if (emulatorLoaders.gs2 && process.env.BENCH_UPSTREAM !== 'fake') return spawnEmulator();
  const creds = { clientId: 'bench-client', clientSecret: 'bench-secret' };
  const fake = await startFakeVendor('gs2', creds);
  return { url: fake.url, ...creds, label: 'fake gs2 upstream', close: () => fake.close() };
}

async function directToken(url: string, clientId: string, clientSecret: string): Promise<string> {
  const res = await fetch(`${url}/projectToken/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: clientId, client_secret: clientSecret }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`login failed: ${res.status}`);
  return body.access_token;
}

/** One request at a time, direct and proxied in alternating blocks; latencies of all blocks pooled. */
async function latencyRun(direct: Target, proxied: Target) {
  const pooled = { direct: [] as number[], proxy: [] as number[], errors: 0 };
  const block = Math.max(1, Math.round(LATENCY_REQUESTS / LATENCY_BLOCKS));
  for (let i = 0; i < LATENCY_BLOCKS; i++) {
    const d = await run(direct, block, PATH, 1);
    const p = await run(proxied, block, PATH, 1);
    pooled.direct.push(...d.latencies);
    pooled.proxy.push(...p.latencies);
    pooled.errors += d.errors + p.errors;
  }
  const stats = (l: number[]) => {
    const sorted = l.sort((a, b) => a - b);
    return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
  };
  return { direct: stats(pooled.direct), proxy: stats(pooled.proxy), errors: pooled.errors, count: block };
}

const ms = (v: number) => `${v.toFixed(2).padStart(6)} ms`;

const fmt = (r: Result) =>
  `${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   cpu ${r.cpuUs.toFixed(0).padStart(5)} µs/req${r.errors ? `   errors ${r.errors}` : ''}`;

async function main() {
  const up = await upstream();
  const server = await startTestServer({ logLevel: 'silent' });
  try {
    const repo = openConnectionRepo(server.config, server.store);
    const conn = await repo.create({
      vendor: 'gs2',
      name: 'bench',
      baseUrl: up.url,
      settings: { region: 'ap-northeast-1', clientId: up.clientId },
      secrets: { clientSecret: up.clientSecret },
    });
    const viewer = await server.signIn('viewer');
    const direct: Target = {
      base: up.url,
      headers: {
        authorization: `Bearer ${await directToken(up.url, up.clientId, up.clientSecret)}`,
        'x-gs2-client-id': up.clientId,
      },
    };
    const proxied: Target = {
      base: `${server.url}/api/proxy/${conn.id}`,
      headers: { cookie: viewer.cookie },
    };

    // The console's own floor: the same middleware (session, origin) on a route that does no proxying.
    const floor: Target = { base: `${server.url}/api/session`, headers: { cookie: viewer.cookie } };

    await run(direct, WARMUP);
    await run(proxied, WARMUP);
    const d = await run(direct, REQUESTS);
    const p = await run(proxied, REQUESTS);
    const f = await run(floor, REQUESTS, '');
    await run(direct, 50, PATH, 1);
    await run(proxied, 50, PATH, 1);
    const lat = await latencyRun(direct, proxied);
    console.log(
      `proxy benchmark against the ${up.label}\n` +
        `saturated: ${REQUESTS} × GET ${PATH}, concurrency ${CONCURRENCY} (latencies here are mostly queueing)`,
    );
    console.log(`  direct  ${fmt(d)}`);
    console.log(`  proxy   ${fmt(p)}`);
    console.log(
      `  floor   ${fmt(f)}   (GET /api/session: session middleware plus the route's own two reads)`,
    );
    console.log(
      `  cost    Tessera's own CPU per proxied request ${(p.cpuUs - d.cpuUs).toFixed(0)} µs (proxy run minus direct run; both include the load generator)`,
    );
    console.log(
      `  ratio   throughput ${(p.rps / d.rps).toFixed(2)} × direct (goal ≥ 0.70)   added p99 ${(p.p99 - d.p99).toFixed(2)} ms   added p50 ${(p.p50 - d.p50).toFixed(2)} ms (saturated)`,
    );
    console.log(
      `latency: ${LATENCY_BLOCKS} × ${lat.count} × GET ${PATH} per path, one request at a time, direct and proxy in alternating blocks${lat.errors ? `   errors ${lat.errors}` : ''}`,
    );
    console.log(`  direct  p50 ${ms(lat.direct.p50)}   p99 ${ms(lat.direct.p99)}`);
    console.log(`  proxy   p50 ${ms(lat.proxy.p50)}   p99 ${ms(lat.proxy.p99)}`);
    console.log(
      `  added   p99 ${(lat.proxy.p99 - lat.direct.p99).toFixed(2)} ms (goal ≤ 2 ms)   p50 ${(lat.proxy.p50 - lat.direct.p50).toFixed(2)} ms`,
    );
  } finally {
    await server.close();
    await up.close();
  }
}

await main();
