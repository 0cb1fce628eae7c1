import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { ConnectionRepo, ResolvedConnection } from '../connections/repo';
import type { StoreSchema } from '../store/schema';
import type { VendorId } from '../../vendors/ids';
import { compileAllowlist, type RouteMatch } from './allowlist';
import { TokenCache, type TokenCacheOptions } from './token-cache';
import type { VendorUpstream } from './types';
import { createUpstreamHttp, type StopSignal } from './upstream-http';
import { vendorUpstreams } from './vendors';
import type { CheckedTarget } from './path-check';

export type ProxyService = ReturnType<typeof createProxyService>;

/** One proxied call that a deleted connection must stop. */
class Flight implements StopSignal {
  aborted = false;
  readonly listeners: (() => void)[] = [];
  onAbort(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at !== -1) this.listeners.splice(at, 1);
    };
  }
  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    for (const listener of this.listeners.splice(0)) listener();
  }
}

/**
 * State the proxy keeps for the life of the server: vendor tokens, keep-alive sockets, compiled
 * allowlists, and the requests in flight per connection so that deleting a connection stops them.
 */
export function createProxyService(deps: {
  config: Config;
  repo: ConnectionRepo;
  db: Kysely<StoreSchema>;
  tokenOptions?: TokenCacheOptions;
  vendors?: Record<VendorId, VendorUpstream>;
}) {
  const vendors = deps.vendors ?? vendorUpstreams;
  const tokens = new TokenCache(deps.tokenOptions);
  const http = createUpstreamHttp({
    connectTimeoutMs: deps.config.upstreamConnectTimeoutMs,
    timeoutMs: deps.config.upstreamTimeoutMs,
  });
  const allowlists = new Map(
    Object.values(vendors).map((v) => [v.vendor, compileAllowlist(v.routes)] as const),
  );
  const inflight = new Map<string, Set<Flight>>();
  // Decrypted connections, briefly: saves a query and a decryption per call. Edits and deletes made
  // through this server drop the entry at once; another instance's edit shows within the TTL.
  const resolved = new Map<string, { conn: ResolvedConnection; until: number }>();
  const RESOLVE_TTL_MS = 1000;

  return {
    config: deps.config,
    repo: deps.repo,
    db: deps.db,
    tokens,
    http,
    vendor: (id: VendorId): VendorUpstream => vendors[id],
    async resolve(connectionId: string): Promise<ResolvedConnection | undefined> {
      const hit = resolved.get(connectionId);
      if (hit && hit.until > Date.now()) return hit.conn;
      const conn = await deps.repo.resolve(connectionId);
      if (conn) resolved.set(connectionId, { conn, until: Date.now() + RESOLVE_TTL_MS });
      else resolved.delete(connectionId);
      return conn;
    },
    match(
      id: VendorId,
      method: string,
      target: CheckedTarget & { encodedSlash: boolean[] },
    ): RouteMatch | undefined {
      return allowlists.get(id)?.(method, target);
    },
    /** Registers a request; `revoked` tells a cancelled request from one stopped by a deleted connection. */
    track(connectionId: string) {
      const flight = new Flight();
      const set = inflight.get(connectionId) ?? new Set();
      set.add(flight);
      inflight.set(connectionId, set);
      return {
        signal: flight as StopSignal,
        get revoked() {
          return flight.aborted;
        },
        done() {
          set.delete(flight);
          flight.listeners.length = 0;
          if (set.size === 0 && inflight.get(connectionId) === set) inflight.delete(connectionId);
        },
      };
    },
    /** A connection was edited or deleted: its cached tokens go; on delete its requests in flight stop too. */
    revoke(connectionId: string, opts: { abort: boolean }) {
      resolved.delete(connectionId);
      tokens.forget(`${connectionId}:`);
      if (!opts.abort) return;
      for (const flight of inflight.get(connectionId) ?? []) flight.abort();
      inflight.delete(connectionId);
    },
    close() {
      http.close();
    },
  };
}
