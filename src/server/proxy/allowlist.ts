import type { UpstreamRoute } from './types';
import type { CheckedTarget } from './path-check';

type Part = { literal: string } | { param: string; slashes: boolean };
type Compiled = { route: UpstreamRoute; parts: Part[]; literals: number };

export type RouteMatch = { route: UpstreamRoute; params: Record<string, string> };

function compile(route: UpstreamRoute): Compiled {
  const parts = route.path
    .slice(1)
    .split('/')
    .map((seg): Part => {
      const m = /^\{([A-Za-z0-9_-]+)(~?)\}$/.exec(seg);
      return m?.[1] ? { param: m[1], slashes: m[2] === '~' } : { literal: seg };
    });
  return { route, parts, literals: parts.filter((p) => 'literal' in p).length };
}

/**
 * A vendor's allowlist, compiled once. A request matches a route when method, segment count and every
 * literal agree; among several matches the one with more literal segments wins, so `/roles/bulk` beats
 * `/roles/{roleId}` whatever the declaration order.
 */
export function compileAllowlist(routes: readonly UpstreamRoute[]) {
  const byMethod = new Map<string, Compiled[]>();
  for (const route of routes) {
    const list = byMethod.get(route.method) ?? [];
    list.push(compile(route));
    byMethod.set(route.method, list);
  }
  for (const list of byMethod.values()) list.sort((a, b) => b.literals - a.literals);

  return function match(
    method: string,
    target: CheckedTarget & { encodedSlash: boolean[] },
  ): RouteMatch | undefined {
    const candidates = byMethod.get(method) ?? [];
    outer: for (const c of candidates) {
      if (c.parts.length !== target.segments.length) continue;
      const params: Record<string, string> = {};
      for (const [i, part] of c.parts.entries()) {
        const seg = target.segments[i] ?? '';
        if ('literal' in part) {
          if (seg !== part.literal) continue outer;
        } else {
          if (target.encodedSlash[i] && !part.slashes) continue outer;
          params[part.param] = decodeURIComponent(seg);
        }
      }
      return { route: c.route, params };
    }
    return undefined;
  };
}
