import type { RouteKind, UpstreamRoute } from './types';

/**
 * Writes an allowlist compactly: `{ 'GET /users/{id}': 'read' }`, every path below `prefix`. The kind
 * is stated per route because several vendors use POST for searches and DELETE to switch things off;
 * `{ kind, mask, secretParams }` also names JSON keys the proxy masks in the answer and path parameters
 * it never writes to the audit or the logs.
 */
export function routeTable(
  prefix: string,
  table: Readonly<
    Record<
      string,
      RouteKind | { kind: RouteKind; mask?: readonly string[]; secretParams?: readonly string[] }
    >
  >,
): UpstreamRoute[] {
  return Object.entries(table).map(([line, spec]) => {
    const [method, path] = line.split(' ');
    if (!method || !path || !/^(GET|HEAD|POST|PUT|PATCH|DELETE)$/.test(method) || !path.startsWith('/')) {
      throw new Error(`Bad route line: ${line}`);
    }
    const route = { method: method as UpstreamRoute['method'], path: prefix + path };
    return typeof spec === 'string' ? { ...route, kind: spec } : { ...route, ...spec };
  });
}
