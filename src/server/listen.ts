import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';

export class ListenError extends Error {
  override name = 'ListenError';
}

export type Listening = { url: string; port: number; close(): Promise<void> };

/** Serves a fetch handler on host:port; resolves once listening, rejects with a ListenError a user can act on. */
export function listen(
  fetch: (req: Request) => Response | Promise<Response>,
  host: string,
  port: number,
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }) as Server;
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new ListenError(
            `Port ${port} on ${host} is already in use. Stop the other process or choose another port (PORT=...).`,
          ),
        );
      } else if (err.code === 'EACCES') {
        reject(new ListenError(`Not allowed to listen on ${host}:${port}. Use a port above 1024.`));
      } else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
        reject(new ListenError(`HOST=${host} is not an address of this machine. Use 127.0.0.1 or 0.0.0.0.`));
      } else {
        reject(err);
      }
    });
    server.once('listening', () => {
      const addr = server.address() as AddressInfo;
      const shown =
        addr.address === '0.0.0.0' || addr.address === '::'
          ? '127.0.0.1'
          : addr.family === 'IPv6'
            ? `[${addr.address}]`
            : addr.address;
      resolve({
        url: `http://${shown}:${addr.port}`,
        port: addr.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              done();
            });
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), 2_000).unref();
          }),
      });
    });
  });
}
