import { Readable } from 'node:stream';

/** The request body passed the proxy's limit; raised as soon as the count goes over, never after reading it all. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  constructor(readonly limit: number) {
    super(`The request body is larger than the proxy limit of ${limit} bytes.`);
  }
}

export type PreparedBody =
  | { kind: 'none' }
  /** Small enough to keep: it can be sent again after a token refresh. */
  | { kind: 'buffer'; data: Buffer }
  /** Streamed through, counted on the way; it can be sent once. */
  | { kind: 'stream'; stream: Readable };

/**
 * Reads up to `keepBytes` of the body. A body that ends within that is kept whole (replayable); a longer
 * one continues as a stream that fails with BodyTooLarge the moment it passes `limit`. A declared
 * Content-Length over the limit is refused before a byte is read.
 */
export async function prepareBody(
  source: Readable | undefined,
  opts: { limit: number; keepBytes: number; declaredLength: number | undefined },
): Promise<PreparedBody> {
  if (opts.declaredLength !== undefined && opts.declaredLength > opts.limit)
    throw new BodyTooLarge(opts.limit);
  if (!source || opts.declaredLength === 0) return { kind: 'none' };
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let size = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) {
      return size === 0 ? { kind: 'none' } : { kind: 'buffer', data: Buffer.concat(head, size) };
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    size += chunk.length;
    if (size > opts.limit) throw new BodyTooLarge(opts.limit);
    head.push(chunk);
    if (size > opts.keepBytes) break;
  }
  let sent = size;
  async function* rest(): AsyncGenerator<Buffer> {
    yield Buffer.concat(head, size);
    head.length = 0;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      sent += chunk.length;
      // The source is left unread, not destroyed: the caller still answers 413 on its connection.
      if (sent > opts.limit) throw new BodyTooLarge(opts.limit);
      yield chunk;
    }
  }
  return { kind: 'stream', stream: Readable.from(rest(), { objectMode: false }) };
}

/**
 * Reads at most about `max` bytes of a response to look inside it. `body` is the whole answer again:
 * a buffer when it was short, else a stream of the bytes read followed by the rest.
 */
export async function peekBody(
  source: Readable,
  max: number,
): Promise<{ head: Buffer; body: Buffer | Readable }> {
  // A manual iterator: leaving a for-await loop early would destroy the stream.
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) {
      const whole = Buffer.concat(chunks, size);
      return { head: whole, body: whole };
    }
    chunks.push(next.value);
    size += next.value.length;
    if (size >= max) break;
  }
  const head = Buffer.concat(chunks, size);
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, body: Readable.from(rest(), { objectMode: false }) };
}
