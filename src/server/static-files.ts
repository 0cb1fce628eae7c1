import fs from 'node:fs';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function send(method: string, file: string, cacheControl: string): Response {
  const headers = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
  };
  return new Response(method === 'HEAD' ? null : fs.readFileSync(file), { status: 200, headers });
}

/**
 * Serves the built SPA: hashed files under /assets are immutable for a year, everything else revalidates,
 * and any other GET that wants HTML gets index.html so deep links work. Paths are resolved inside the
 * root and anything that escapes it is ignored.
 */
export function staticSpa(rootDir: string): MiddlewareHandler {
  const root = path.resolve(rootDir);
  const indexFile = path.join(root, 'index.html');
  return async (c, next) => {
    if (
      (c.req.method !== 'GET' && c.req.method !== 'HEAD') ||
      c.req.path.startsWith('/api/') ||
      c.req.path === '/api'
    ) {
      return next();
    }
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const file = path.resolve(root, '.' + rel);
    if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const immutable = rel.startsWith('/assets/');
      return send(c.req.method, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    const wantsHtml = (c.req.header('accept') ?? '').includes('text/html');
    // A page address may hold a dot (a user named mina.sato), so only a missing asset is a 404.
    if (wantsHtml && !rel.startsWith('/assets/') && fs.existsSync(indexFile)) {
      return send(c.req.method, indexFile, 'no-cache');
    }
    return next();
  };
}
