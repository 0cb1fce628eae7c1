import type { TrailingSlashPolicyCode } from '../wire/config';

/**
 * Ant-style matching of a concrete request path against resource path patterns, as Spring's
 * AntPathMatcher does: `?` one character, `*` any characters within a segment, `**` any number of
 * segments, `{var}` or `{var:regex}` one non-empty segment part.
 */

const segmentRegexCache = new Map<string, RegExp>();

function segmentRegex(segment: string): RegExp {
  let re = segmentRegexCache.get(segment);
  if (!re) {
    let src = '';
    for (let i = 0; i < segment.length; i++) {
      const ch = segment.charAt(i);
      if (ch === '{') {
        const end = segment.indexOf('}', i);
        if (end > i) {
          const body = segment.slice(i + 1, end);
          const colon = body.indexOf(':');
          src += colon >= 0 ? `(?:${body.slice(colon + 1)})` : '[^/]+';
          i = end;
          continue;
        }
      }
      if (ch === '*') src += '[^/]*';
      else if (ch === '?') src += '[^/]';
      else src += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
    }
    try {
      re = new RegExp(`^${src}$`);
    } catch {
      // A pattern with a broken {var:regex} matches nothing rather than failing the whole check.
      re = /(?!)/;
    }
    segmentRegexCache.set(segment, re);
  }
  return re;
}

/** Segment-wise match; memoised on (pattern index, path index) so several `**` stay linear, not exponential. */
function matchSegments(pat: readonly string[], path: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const at = (pi: number, si: number): boolean => {
    const key = pi * (path.length + 1) + si;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    const p = pat[pi];
    if (p === undefined) result = si === path.length;
    else if (p === '**') result = at(pi + 1, si) || (si < path.length && at(pi, si + 1));
    else {
      const s = path[si];
      result = s !== undefined && segmentRegex(p).test(s) && at(pi + 1, si + 1);
    }
    memo.set(key, result);
    return result;
  };
  return at(0, 0);
}

/** Under IDENTICAL_PATH `/a/b/` and `/a/b` are the same path; under NON_IDENTICAL_PATH they differ. */
function normalise(path: string, policy: TrailingSlashPolicyCode): string {
  return policy === 'IDENTICAL_PATH' && path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

export function pathMatches(pattern: string, path: string, policy: TrailingSlashPolicyCode): boolean {
  const pat = normalise(pattern, policy);
  const p = normalise(path, policy);
  if (pat === p) return true;
  return matchSegments(pat.split('/'), p.split('/'));
}

/** Spring's pattern comparator: fewer wildcards and variables first, then the longer pattern. */
function specificity(pattern: string): [number, number, number, number] {
  const vars = (pattern.match(/\{[^}]*\}/g) ?? []).length;
  const doubles = (pattern.match(/\*\*/g) ?? []).length;
  const singles = (pattern.match(/\*/g) ?? []).length - 2 * doubles;
  const length = pattern.replace(/\{[^}]*\}/g, '#').length;
  return [vars + singles + 2 * doubles, -length, singles, vars];
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The one resource a concrete path resolves to: the most specific matching pattern; among equally specific
 * ones the lower priority, then the smaller resourceId, so the answer never depends on creation order.
 */
export function bestPathMatch<R extends { path: string; priority: number; resourceId: string }>(
  resources: readonly R[],
  path: string,
  policy: TrailingSlashPolicyCode,
): R | undefined {
  const exact = normalise(path, policy);
  const candidates = resources.filter((r) => pathMatches(r.path, path, policy));
  candidates.sort((a, b) => {
    const ea = normalise(a.path, policy) === exact ? 0 : 1;
    const eb = normalise(b.path, policy) === exact ? 0 : 1;
    return (
      ea - eb ||
      compareTuples(specificity(a.path), specificity(b.path)) ||
      a.priority - b.priority ||
      (a.resourceId < b.resourceId ? -1 : a.resourceId > b.resourceId ? 1 : 0)
    );
  });
  return candidates[0];
}
