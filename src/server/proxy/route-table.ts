import type { RouteKind, UpstreamRoute } from './types';

/**
 * Writes an allowlist compactly: `{ 'GET /users/{id}': 'read' }`, every path below `prefix`. The kind
 * is stated per route because several vendors use POST for searches and DELETE to switch things off.
 */
export function routeTable(prefix: string, table: Readonly<Record<string, RouteKind>>): UpstreamRoute[] {
  return Object.entries(table).map(([line, kind]) => {
    const [method, path] = line.split(' ');
    if (!method || !path || !/^(GET|HEAD|POST|PUT|PATCH|DELETE)$/.test(method) || !path.startsWith('/')) {
      throw new Error(`Bad route line: ${line}`);
    }
    return { method: method as UpstreamRoute['method'], path: prefix + path, kind };
  });
}
