import { isIP } from 'node:net';
import type { Context } from 'hono';

/**
 * The peer address of the request as the socket reports it. Forwarded-for headers are ignored on purpose:
 * anyone can send them, and trusting them would let an attacker pick a fresh address for every sign-in
 * attempt and step around the per-address throttle.
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const raw = env?.incoming?.socket?.remoteAddress;
  if (!raw) return 'unknown';
  return raw.startsWith('::ffff:') && isIP(raw.slice(7)) === 4 ? raw.slice(7) : raw;
}

/** The user agent, shortened: only shown in the sessions list to tell devices apart. */
export function userAgent(c: Context): string | null {
  const ua = c.req.header('user-agent');
  return ua ? ua.slice(0, 300) : null;
}
