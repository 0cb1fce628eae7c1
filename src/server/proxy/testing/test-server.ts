import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppEnv, OperatorRole } from '../../app-env';
import { testConfig, type Config } from '../../config';
import { mountConnections, type ConnectionsFeature } from '../../connections/feature';
import { listen } from '../../listen';
import { createLogger } from '../../log';
import { problem, ProblemError } from '../../problem';
import { requestContext } from '../../request-context';
import { openStore, type Store } from '../../store/open';
import type { TokenCacheOptions } from '../token-cache';

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * The connections API and the proxy on a real loopback port, with the signed-in operator taken from an
 * `x-test-role` header so these tests do not depend on the session machinery (tested on its own). Every
 * log line and every response is kept, for the secret-leak scan.
 */
export async function startProxyTestServer(
  opts: { config?: Partial<Config>; tokenOptions?: TokenCacheOptions } = {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-proxy-'));
  const config = testConfig({ dataDir, logLevel: 'debug', ...opts.config });
  const store: Store = await openStore({ dataDir });
  const logLines: string[] = [];
  const responses: RawResponse[] = [];
  const log = createLogger('debug', {}, (line) => logLines.push(line));
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(log));
  app.use('*', async (c, next) => {
    const role = c.req.header('x-test-role') as OperatorRole | undefined;
    c.set(
      'operator',
      role ? { id: `op-${role}`, username: `${role}-user`, role, sessionId: 's' } : undefined,
    );
    await next();
  });
  const feature: ConnectionsFeature = mountConnections(app, {
    config,
    store,
    ...(opts.tokenOptions ? { tokenOptions: opts.tokenOptions } : {}),
  });
  app.onError((err, c) => {
    if (err instanceof ProblemError)
      return problem(c, err.status, err.code, err.title, err.detail, err.extra);
    c.get('log').error('unhandled error', {
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    return problem(c, 500, 'internal', 'Internal error');
  });
  const server = await listen(app.fetch, '127.0.0.1', 0);

  /** A request sent with node:http so that the path reaches the server byte for byte (fetch would normalise it). */
  function raw(
    method: string,
    target: string,
    init: { role?: OperatorRole; headers?: Record<string, string>; body?: string | Buffer } = {},
  ): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method,
          path: target,
          headers: {
            ...(init.role ? { 'x-test-role': init.role } : {}),
            // node:http frames DELETE bodies only when told their length.
            ...(init.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(init.body)) }),
            ...init.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const out = {
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            };
            responses.push(out);
            resolve(out);
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  }

  async function api(
    method: string,
    target: string,
    role: OperatorRole,
    json?: unknown,
  ): Promise<RawResponse & { json: unknown }> {
    const res = await raw(method, target, {
      role,
      ...(json === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }),
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      parsed = undefined;
    }
    return { ...res, json: parsed };
  }

  return {
    url: server.url,
    port: server.port,
    config,
    store,
    feature,
    logLines,
    responses,
    raw,
    api,
    async createConnection(input: {
      vendor: string;
      name: string;
      baseUrl: string;
      settings: Record<string, string>;
    }) {
      const res = await api('POST', '/api/connections', 'admin', input);
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.body}`);
      return (res.json as { id: string }).id;
    },
    async close() {
      await server.close();
      feature.proxy.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ProxyTestServer = Awaited<ReturnType<typeof startProxyTestServer>>;

/** Fails with the places where any of `secrets` shows up in responses, log lines or the audit table. */
export async function findLeaks(server: ProxyTestServer, secrets: readonly string[]): Promise<string[]> {
  const audit = await server.store.db.selectFrom('audit_log').selectAll().execute();
  const connections = await server.store.db
    .selectFrom('connections')
    .select(['settings', 'name', 'base_url'])
    .execute();
  const places: [string, string][] = [
    ...server.responses.map((r, i): [string, string] => [
      `response ${i}`,
      JSON.stringify(r.headers) + r.body,
    ]),
    ...server.logLines.map((l, i): [string, string] => [`log line ${i}`, l]),
    ...audit.map((a, i): [string, string] => [`audit row ${i}`, JSON.stringify(a)]),
    ...connections.map((c, i): [string, string] => [
      `connection row ${i} (plain columns)`,
      JSON.stringify(c),
    ]),
  ];
  const leaks: string[] = [];
  for (const secret of secrets) {
    for (const [where, text] of places) if (text.includes(secret)) leaks.push(`${where} contains a secret`);
  }
  return leaks;
}
