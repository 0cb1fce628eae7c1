import type { IncomingHttpHeaders } from 'node:http';

/** Connection-level headers (RFC 9110 §7.6.1) and those the proxy computes itself. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

/** What the browser sends for Tessera itself: its session, CSRF token and provenance never go upstream. */
const BROWSER_ONLY = new Set([
  'authorization',
  'cookie',
  'origin',
  'referer',
  'x-csrf-token',
  'x-request-id',
  'forwarded',
  'x-real-ip',
  'expect',
]);
const BROWSER_ONLY_PREFIX = /^(sec-|x-forwarded-)/;

type HeaderSource = Headers | IncomingHttpHeaders;

function entries(source: HeaderSource): [string, string][] {
  if (source instanceof Headers) return [...source.entries()];
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined) continue;
    out.push([k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]);
  }
  return out;
}

/**
 * The request headers worth forwarding: everything but hop-by-hop headers (and any the `Connection`
 * header names), the browser's own credentials and provenance, and the vendor's auth headers, which only
 * the server sets.
 */
export function upstreamRequestHeaders(
  source: HeaderSource,
  vendorAuth: readonly string[],
): Record<string, string> {
  const list = entries(source);
  const named = new Set(
    (list.find(([k]) => k === 'connection')?.[1] ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: Record<string, string> = {};
  for (const [key, value] of list) {
    if (HOP_BY_HOP.has(key) || BROWSER_ONLY.has(key) || BROWSER_ONLY_PREFIX.test(key)) continue;
    if (named.has(key) || vendorAuth.includes(key)) continue;
    out[key] = value;
  }
  return out;
}

const EXECUTABLE = /html|xml|javascript|ecmascript|svg/i;

/**
 * The response headers the browser may see: no hop-by-hop headers and no cookies from the vendor (they
 * would land on Tessera's origin). Answers a browser could render as a page are forced to download.
 */
export function browserResponseHeaders(source: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [key, value] of entries(source)) {
    if (
      HOP_BY_HOP.has(key) ||
      key === 'set-cookie' ||
      key === 'set-cookie2' ||
      key.startsWith('access-control-')
    ) {
      continue;
    }
    if (key === 'content-length' && source['transfer-encoding']) continue;
    out.set(key, value);
  }
  if (EXECUTABLE.test(out.get('content-type') ?? '') && !out.has('content-disposition')) {
    out.set('content-disposition', 'attachment');
  }
  out.set('cache-control', 'no-store');
  return out;
}
