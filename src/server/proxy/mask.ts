import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

/** What a masked field reads as in the browser: still a string, so wire schemas parse it unchanged. */
export const MASKED = '********';

/** A masked answer must be read whole; anything larger is refused rather than passed on unmasked. */
export const MASK_MAX_BYTES = 8 * 1024 * 1024;

export class MaskFailed extends Error {}

function maskValue(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => maskValue(v, keys));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = keys.has(k) && v !== null && v !== '' ? MASKED : maskValue(v, keys);
  }
  return out;
}

/**
 * Replaces every value held under one of `keys`, at any depth, with `MASKED`. Used where a vendor returns
 * a secret on reads (SCP access keys): the secret is shown once on creation and never again. An answer
 * that is not JSON cannot be checked, so on success it is refused; an error answer carries no record.
 */
export function maskJson(body: Buffer, keys: readonly string[], status: number): Buffer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    if (status >= 400) return body;
    throw new MaskFailed('The vendor answered with something other than JSON where a secret must be masked.');
  }
  return Buffer.from(JSON.stringify(maskValue(parsed, new Set(keys))));
}

/** Reads a whole answer, refusing one too large to mask. */
export async function readForMask(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MASK_MAX_BYTES) {
      stream.destroy();
      throw new MaskFailed('The vendor answer is too large to mask its secrets.');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer | Readable };

/** The answer with `keys` masked, read whole; its length headers now describe the new body. */
export async function maskAnswer(
  answer: Answer,
  keys: readonly string[],
): Promise<Answer & { body: Buffer }> {
  const encoding = answer.headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'identity') {
    if (!Buffer.isBuffer(answer.body)) answer.body.destroy();
    throw new MaskFailed('The vendor compressed an answer whose secrets must be masked.');
  }
  const raw = Buffer.isBuffer(answer.body) ? answer.body : await readForMask(answer.body);
  const body = maskJson(raw, keys, answer.status);
  const headers: IncomingHttpHeaders = { ...answer.headers, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  return { ...answer, headers, body };
}
