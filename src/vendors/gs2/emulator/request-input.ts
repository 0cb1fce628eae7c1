import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { badRequest } from './errors';

/** Decompressed bodies beyond this are refused: a 512 KB policy with JSON escaping stays far below it. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Reads a request the way GS2 SDKs send it: JSON bodies, gzip-compressed by the TypeScript and Python
 * SDKs; unset fields as explicit nulls or left out; unset query values as the literal string "null".
 * Returns path, query and body fields merged, nulls dropped, so a field is either present or absent.
 */
export async function readInput(c: Context, numeric: readonly string[]): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  const assign = (k: string, v: unknown) => {
    if (v !== null && v !== undefined && k !== 'contextStack') input[k] = v;
  };
  const method = c.req.method;
  if (method === 'POST' || method === 'PUT') {
    for (const [k, v] of Object.entries(await readBody(c))) assign(k, v);
  }
  for (const [k, v] of Object.entries(c.req.query())) {
    if (v === 'null' || v === '') continue;
    assign(k, numeric.includes(k) && /^-?\d{1,16}$/.test(v) ? Number(v) : v);
  }
  for (const [k, v] of Object.entries(c.req.param())) assign(k, v);
  return input;
}

async function readBody(c: Context): Promise<Record<string, unknown>> {
  let bytes = Buffer.from(await c.req.arrayBuffer());
  if (bytes.length > MAX_BODY_BYTES) throw badRequest('request', 'body', 'tooLong');
  const encoding = c.req.header('content-encoding')?.toLowerCase().trim();
  if (encoding === 'gzip') {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BODY_BYTES });
    } catch {
      throw badRequest('request', 'body', 'invalid');
    }
  } else if (encoding && encoding !== 'identity') {
    throw badRequest('request', 'contentEncoding', 'invalid');
  }
  const text = bytes.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('request', 'body', 'invalid');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw badRequest('request', 'body', 'invalid');
  return parsed as Record<string, unknown>;
}
