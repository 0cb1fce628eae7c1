import type { Context } from 'hono';
import type { z } from 'zod';
import { badRequest } from './errors';

const MAX_BODY_BYTES = 1_000_000;

export function zodDetail(error: z.ZodError): string[] {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
}

/** Parses the JSON body with a wire schema; malformed JSON and schema violations are SCP 400s. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  if (text.length > MAX_BODY_BYTES) throw badRequest('The request body is too large.', 'BODY_TOO_LARGE');
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      throw badRequest('The request body is not valid JSON.', 'MALFORMED_JSON');
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequest(zodDetail(parsed.error), 'VALIDATION_ERROR');
  return parsed.data;
}

export type ListQuery = {
  page: number;
  size: number;
  sortField: string;
  desc: boolean;
};

const MAX_PAGE_SIZE = 1000;

function intParam(c: Context, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) > max)
    throw badRequest(
      `${name} must be an integer from 0 to ${max === Number.MAX_SAFE_INTEGER ? '999999999' : max}.`,
      'INVALID_QUERY',
    );
  return Number(raw);
}

/** page (0-based), size (default 20) and sort `field:asc|desc` over the fields a resource can be sorted by. */
export function listQuery(c: Context, sortable: readonly string[]): ListQuery {
  const page = intParam(c, 'page', 0);
  const size = intParam(c, 'size', 20, MAX_PAGE_SIZE);
  return { page, size, ...parseSort(c.req.query('sort'), sortable) };
}

export function parseSort(
  raw: string | null | undefined,
  sortable: readonly string[],
): { sortField: string; desc: boolean } {
  if (raw === undefined || raw === null || raw === '') return { sortField: 'created_at', desc: false };
  const m = /^([a-z_]+)(?::(asc|desc))?$/i.exec(raw);
  const field = m?.[1];
  if (!field || !sortable.includes(field))
    throw badRequest(
      `sort must be "<field>:<asc|desc>" with field one of ${sortable.join(', ')}.`,
      'INVALID_QUERY',
    );
  return { sortField: field, desc: m[2]?.toLowerCase() === 'desc' };
}

type SortValue = string | number | null | undefined;

export function sortItems<T>(
  items: T[],
  field: string,
  desc: boolean,
  key: (item: T, field: string) => SortValue,
): T[] {
  const dir = desc ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = key(a, field) ?? '';
    const y = key(b, field) ?? '';
    return (x < y ? -1 : x > y ? 1 : 0) * dir;
  });
}

/** Sorts, then cuts one page; `count` is the number of matches before paging. */
export function paginate<T>(items: T[], q: ListQuery, key: (item: T, field: string) => SortValue) {
  const sorted = sortItems(items, q.sortField, q.desc, key);
  return {
    count: items.length,
    page: q.page,
    size: q.size,
    sort: [`${q.sortField}:${q.desc ? 'desc' : 'asc'}`],
    items: sorted.slice(q.page * q.size, q.page * q.size + q.size),
  };
}

/** A name or e-mail filter: case-insensitive substring; undefined when the parameter is absent. */
export function textFilter(
  c: Context,
  name: string,
): ((value: string | null | undefined) => boolean) | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const needle = raw.toLowerCase();
  return (value) => (value ?? '').toLowerCase().includes(needle);
}

/** Repeated (`?t=A&t=B`) and comma-separated (`?t=A,B`) values alike; empty when absent. */
export function listParam(c: Context, name: string): string[] {
  return (c.req.queries(name) ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** `true`/`false` filters sent as strings; anything else is a 400. */
export function boolParam(c: Context, name: string): boolean | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (raw !== 'true' && raw !== 'false')
    throw badRequest(`${name} must be "true" or "false".`, 'INVALID_QUERY');
  return raw === 'true';
}
