import type { MiddlewareHandler } from 'hono';

/**
 * Monaco needs workers from our own origin (and blob: for its fallback), injects inline styles, and loads
 * its codicon font as an asset; nothing else is allowed. The QR code is drawn as a data: image.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export function securityHeaders(opts: { dev?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (!opts.dev) h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (c.req.url.startsWith('https:')) h.set('Strict-Transport-Security', 'max-age=31536000');
    if (c.req.path.startsWith('/api/') && !h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}
