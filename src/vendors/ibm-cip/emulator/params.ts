import type { Context } from 'hono';
import { fail } from './errors';

/**
 * The request parameters of one call, whatever carried them. The seed's curl examples send form bodies
 * with repeated keys, JSON labelled as form (curl -d without a content type), parameters in the query that
 * its tables call body parameters, and bodies on DELETE, so everything is read and merged here.
 */
export type Input = {
  /** Last value of a form or query parameter, or a scalar at the top of a JSON object body. */
  get(name: string): string | undefined;
  /** Every value, query first and then body, in order. */
  all(name: string): string[];
  names(): string[];
  /** The parsed JSON body, if the body was JSON. */
  json: unknown;
  file(name: string): File | undefined;
};

export async function readInput(c: Context): Promise<Input> {
  const values = new Map<string, string[]>();
  const add = (k: string, v: string) => {
    const list = values.get(k) ?? [];
    list.push(v);
    values.set(k, list);
  };
  for (const [k, v] of new URL(c.req.url).searchParams) add(k, v);
  const files = new Map<string, File>();
  let json: unknown = undefined;
  const type = c.req.header('content-type') ?? '';
  if (/^multipart\/form-data/i.test(type)) {
    const form = await c.req.raw.formData().catch(() => {
      throw fail.invalid('The multipart body could not be read');
    });
    for (const [k, v] of form) {
      if (typeof v === 'string') add(k, v);
      else files.set(k, v);
    }
  } else {
    const text = await c.req.text();
    const trimmed = text.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        json = JSON.parse(trimmed);
      } catch {
        throw fail.invalid('The request body is not valid JSON');
      }
      if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
        for (const [k, v] of Object.entries(json)) {
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') add(k, String(v));
          else if (v !== null && typeof v === 'object' && k === 'extensionData') add(k, JSON.stringify(v));
        }
      }
    } else if (trimmed !== '') {
      for (const [k, v] of new URLSearchParams(text)) add(k, v);
    }
  }
  return {
    get: (name) => values.get(name)?.at(-1),
    all: (name) => values.get(name) ?? [],
    names: () => [...values.keys()],
    json,
    file: (name) => files.get(name),
  };
}

export function required(input: Input, name: string): string {
  const v = input.get(name);
  if (v === undefined || v.trim() === '') throw fail.missing(name);
  return v;
}

/** A parameter whose empty value means "not given". */
export function optional(input: Input, name: string): string | undefined {
  const v = input.get(name)?.trim();
  return v === undefined || v === '' ? undefined : v;
}

export function parseBoolean(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw fail.invalid(`Parameter "${name}" must be true or false`, { [name]: 'must be true or false' });
}

export function parseInteger(
  value: string,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw fail.invalid(`Parameter "${name}" must be an integer from ${min} to ${max}`, {
      [name]: 'out of range',
    });
  }
  return Number(value);
}
