/** Why a proxied path was refused; the message is safe to show (it never echoes the path). */
export class PathRejected extends Error {
  override name = 'PathRejected';
}

export type CheckedTarget = {
  /** Path segments as received (still percent-encoded), without the leading slash. */
  segments: string[];
  /** `/` + segments: the exact bytes appended to the base URL. */
  path: string;
  /** The raw query string including its `?`, byte for byte, or '' when there was none. */
  query: string;
};

const PCHAR = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%]*$/;
// Everything visible except `#` and backslash; the query is forwarded untouched, so it must be safe as is.
const QUERY = /^[\x21-\x22\x24-\x5b\x5d-\x7e]*$/;
const BAD_ENCODED = /%(0[0-9a-f]|1[0-9a-f]|7f|5c)/i;
const MAX_TARGET = 8192;

function decodeSegment(raw: string): string {
  if (/%(?![0-9a-f]{2})/i.test(raw)) throw new PathRejected('The path has a malformed percent-encoding.');
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new PathRejected('The path is not valid UTF-8 once decoded.');
  }
}

/**
 * Checks the vendor path of a proxied request (everything after `/api/proxy/<id>`), as the bytes arrived
 * on the wire, before any URL normalisation: no dot segments (plain or encoded), no empty segments (so no
 * `//host` either), no backslashes, no control characters or CR/LF (plain or encoded). Encoded slashes are
 * reported per segment so that only routes that declare them can accept them.
 */
export function checkTarget(rawTarget: string): CheckedTarget & { encodedSlash: boolean[] } {
  if (rawTarget.length > MAX_TARGET) throw new PathRejected('The path is too long.');
  const q = rawTarget.indexOf('?');
  const rawPath = q === -1 ? rawTarget : rawTarget.slice(0, q);
  const query = q === -1 ? '' : rawTarget.slice(q);
  if (!rawPath.startsWith('/')) throw new PathRejected('The vendor path must start with a slash.');
  if (!QUERY.test(query.slice(1)) || /%(0[0-9a-f]|1[0-9a-f]|7f)/i.test(query)) {
    throw new PathRejected('The query string holds characters that cannot be forwarded.');
  }
  const segments = rawPath.slice(1).split('/');
  const encodedSlash: boolean[] = [];
  for (const segment of segments) {
    if (segment === '') throw new PathRejected('The path has an empty segment.');
    if (!PCHAR.test(segment)) throw new PathRejected('The path holds characters that are not allowed.');
    if (BAD_ENCODED.test(segment))
      throw new PathRejected('The path holds an encoded control character or backslash.');
    const decoded = decodeSegment(segment);
    if (decoded === '.' || decoded === '..') throw new PathRejected('The path has a dot segment.');
    if (decoded.split('/').some((part) => part === '.' || part === '..')) {
      throw new PathRejected('The path has an encoded dot segment.');
    }
    encodedSlash.push(decoded.includes('/'));
  }
  return { segments, path: rawPath, query, encodedSlash };
}

/**
 * Splits `/api/proxy/<connectionId>/<vendor path>` as received. Returns undefined when the request line
 * does not have that shape (e.g. it was an absolute-form target or normalisation changed it).
 */
export function splitProxyTarget(rawUrl: string): { connectionId: string; target: string } | undefined {
  const match = /^\/api\/proxy\/([A-Za-z0-9-]{1,64})(\/.*)?$/s.exec(rawUrl);
  if (!match?.[1]) return undefined;
  return { connectionId: match[1], target: match[2] ?? '' };
}

/** The request path as audit and logs may show it: a route's secret parameters read `[redacted]`. */
export function shownPath(
  routePath: string,
  path: string,
  secretParams: readonly string[] | undefined,
): string {
  if (!secretParams?.length) return path;
  const template = routePath.split('/');
  return path
    .split('/')
    .map((seg, i) => {
      const name = /^\{([A-Za-z0-9_-]+)~?\}$/.exec(template[i] ?? '')?.[1];
      return name !== undefined && secretParams.includes(name) ? '[redacted]' : seg;
    })
    .join('/');
}
