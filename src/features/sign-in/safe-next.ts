/**
 * The `next` parameter after sign-in, kept only when it is a path of this origin: an absolute URL, a
 * protocol-relative `//host`, a backslash trick or a path back to the sign-in pages would turn the
 * sign-in page into an open redirect or a loop, so they all become `/`.
 */
export function safeNextPath(
  next: string | null | undefined,
  origin: string = window.location.origin,
): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return '/';
    if (/^\/(sign-in|change-password|enrol-mfa)(\/|$)/.test(url.pathname)) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
