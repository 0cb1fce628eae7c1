import type { Context } from 'hono';
import { isIP } from 'node:net';

/**
 * The address of the peer that sent the request, as an emulator enforcing an IP allow-list sees it. Under
 * @hono/node-server the socket is on `c.env.incoming`; `app.request(url, init, env)` in tests can pass the
 * same shape. IPv4-mapped IPv6 addresses are unwrapped so that an IPv4 list matches a dual-stack socket.
 */
export function clientIp(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const raw = env?.incoming?.socket?.remoteAddress;
  if (!raw) return undefined;
  return raw.startsWith('::ffff:') && isIP(raw.slice(7)) === 4 ? raw.slice(7) : raw;
}

function ipv4ToInt(ip: string): number | undefined {
  if (isIP(ip) !== 4) return undefined;
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

/**
 * Whether `ip` is matched by `entry`: an exact address, or an IPv4 CIDR range such as `10.0.0.0/8`.
 * IPv6 entries match exactly only; a malformed entry matches nothing.
 */
export function ipMatches(ip: string, entry: string): boolean {
  const [base, bitsText] = entry.trim().split('/');
  if (base === undefined) return false;
  if (bitsText === undefined) return base === ip;
  const bits = Number(bitsText);
  const target = ipv4ToInt(ip);
  const network = ipv4ToInt(base);
  if (target === undefined || network === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32)
    return false;
  if (bits === 0) return true;
  const mask = (0xffffffff << (32 - bits)) >>> 0;
  return (target & mask) >>> 0 === (network & mask) >>> 0;
}
