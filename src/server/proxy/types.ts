import type { OperatorRole } from '../app-env';
import type { ResolvedConnection } from '../connections/repo';
import type { VendorId } from '../../vendors/ids';
import type { TokenCache } from './token-cache';
import type { UpstreamHttp } from './upstream-http';

/** What a vendor route does, which decides who may call it (never the HTTP method: searches are POSTs). */
export type RouteKind = 'read' | 'write' | 'secret';

export type UpstreamRoute = {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Path below the connection's base URL. `{name}` matches one non-empty segment; `{name~}` also admits
   * percent-encoded slashes inside the segment (SCP's SRNs), which are otherwise refused.
   */
  path: string;
  kind: RouteKind;
  /** JSON keys whose values never reach the browser on this route (a vendor that returns secrets on reads). */
  mask?: readonly string[];
  /** Path parameters that are secrets (a token sent in the path): written as `[redacted]` to audit and logs. */
  secretParams?: readonly string[];
};

/** The request as it will be sent upstream; vendors add their auth headers to `headers`. */
export type OutgoingRequest = {
  method: string;
  /** Absolute URL exactly as sent: base URL + checked path + raw query. */
  url: string;
  headers: Record<string, string>;
};

export type AuthTools = { tokens: TokenCache; http: UpstreamHttp };

/** A cheap read proving that the credentials work, used by "test connection". */
export type Probe = { method: 'GET' | 'POST'; path: string; body?: string; contentType?: string };

/**
 * The server half of a vendor: its route allowlist and how to authenticate. Lives in
 * `src/vendors/<id>/upstream.ts` and is never imported by browser code.
 */
export type VendorUpstream = {
  vendor: VendorId;
  routes: readonly UpstreamRoute[];
  /** Path parameters that must equal a connection setting, e.g. NHN ROLE's `{appKey}`. */
  pinnedParams?: Readonly<Record<string, string>>;
  /** Request headers that carry this vendor's credentials; a browser-sent copy is always dropped. */
  authHeaders: readonly string[];
  /** Adds credentials to `req.headers`. Returns the cached token it used, if any, so a rejection drops exactly it. */
  authorize(conn: ResolvedConnection, req: OutgoingRequest, tools: AuthTools): Promise<{ token?: string }>;
  /**
   * Whether an answer means the token was refused (expired, revoked), so one fresh login and one retry are
   * worth it. `body` is only given (up to 64 KB) when `inspectsBody` is set.
   */
  tokenRejected?: (
    status: number,
    headers: Record<string, string | string[] | undefined>,
    body: Buffer | undefined,
  ) => boolean;
  /** NHN reports an expired token inside an HTTP 200 body, so the proxy must read small bodies to see it. */
  inspectsBody?: boolean;
  probe(conn: ResolvedConnection): Probe;
};

/** Which route kinds each console role may call. */
export const KINDS_BY_ROLE: Record<OperatorRole, readonly RouteKind[]> = {
  viewer: ['read'],
  operator: ['read', 'write', 'secret'],
  admin: ['read', 'write', 'secret'],
};
