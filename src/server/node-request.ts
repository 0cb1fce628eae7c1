import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';

type NodeBindings = { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;

/** The Node request behind a context; absent when the app is called through `app.fetch` directly. */
export function nodeIncoming(c: Context): IncomingMessage | undefined {
  return (c.env as NodeBindings)?.incoming;
}

export function nodeOutgoing(c: Context): ServerResponse | undefined {
  return (c.env as NodeBindings)?.outgoing;
}

/**
 * One request header (`name` in lower case) from Node's own parsed headers. Asking Hono instead builds a
 * WHATWG `Headers` of every header of the request, validating each, which costs more than the whole of a
 * cached session check; the hot path (request id, session cookie) reads headers this way.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = nodeIncoming(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
