import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Runs `npm start` as a user would (minus the build) and collects what it printed until it exits. */
function runStart(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [tsx, 'src/cli/start.ts', '--no-build', '--no-emulators', ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), TESSERA_LOG_LEVEL: 'silent', ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 80_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm start faults', { timeout: 90_000 }, () => {
  it('stops with a one-line message when the port is in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const res = await runStart({ PORT: String(port), TESSERA_DATA_DIR: tmp() });
      expect(res.code).toBe(1);
      expect(res.stderr.trim()).toMatch(
        new RegExp(`^tessera: Port ${port} on 127.0.0.1 is already in use\\..*PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it('names an invalid environment variable', async () => {
    const res = await runStart({ PORT: 'abc', TESSERA_DATA_DIR: tmp() });
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toMatch(/^tessera: Invalid environment: PORT="abc"/);
  });

  it('refuses a corrupt database without touching it', async () => {
    const dir = tmp();
    const file = path.join(dir, 'tessera.sqlite');
    fs.writeFileSync(file, 'garbage'.repeat(500));
    const res = await runStart({ PORT: '0', TESSERA_DATA_DIR: dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^tessera: Cannot open the database .*tessera\.sqlite/);
    expect(fs.readFileSync(file, 'utf8')).toBe('garbage'.repeat(500));
  });

  it('refuses a data dir it cannot create', async () => {
    const file = path.join(tmp(), 'a-file');
    fs.writeFileSync(file, '');
    const res = await runStart({ PORT: '0', TESSERA_DATA_DIR: path.join(file, 'data') });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^tessera: Data directory .* is not writable .*TESSERA_DATA_DIR/);
  });

  it('rejects unknown options with usage', async () => {
    const res = await runStart({ TESSERA_DATA_DIR: tmp() }, ['--frobnicate']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Unknown option --frobnicate');
  });

  it('starts, answers health and shuts down cleanly on SIGTERM', async () => {
    const dir = tmp();
    const child = spawn(process.execPath, [tsx, 'src/cli/start.ts', '--no-build', '--no-emulators'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: '0', TESSERA_DATA_DIR: dir, TESSERA_LOG_LEVEL: 'silent' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /running at (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
