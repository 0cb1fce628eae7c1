import type { z } from 'zod';
import type { PagingResponse, ResultHeader } from '../wire/common';
import { NhnError, RESULT } from './errors';
import type { NhnContext } from './runtime';

export const SUCCESS_HEADER: ResultHeader = { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' };

/**
 * Sends a success body built and checked through the operation's wire schema, so the emulator cannot
 * drift from the types the console parses.
 */
export function reply<S extends z.ZodType<{ header: ResultHeader }>>(
  c: NhnContext,
  schema: S,
  body: Omit<z.output<S>, 'header'>,
): Response {
  return c.json(schema.parse({ header: SUCCESS_HEADER, ...body }) as object);
}

/**
 * Reads and validates a JSON body; anything malformed is the vendor's 400 "Invalid parameter". An
 * operation whose body fields are all optional (`optional`) also accepts no body at all.
 */
export async function readBody<S extends z.ZodType>(
  c: NhnContext,
  schema: S,
  opts: { optional?: boolean } = {},
): Promise<z.output<S>> {
  const text = await c.req.text();
  let raw: unknown = {};
  if (text.trim() !== '' || !opts.optional) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw new NhnError(RESULT.INVALID_PARAMETER, 'The request body is not valid JSON.');
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NhnError(
      RESULT.INVALID_PARAMETER,
      `Invalid parameter: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'body'}`,
    );
  }
  return parsed.data;
}

/** A positive integer query parameter, or the default when absent. */
export function intQuery(c: NhnContext, name: string, fallback: number, max = 10_000): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new NhnError(
      RESULT.INVALID_PARAMETER,
      `Invalid parameter: ${name} must be an integer from 1 to ${max}.`,
    );
  }
  return Number(raw);
}

/** A list query parameter, sent either as repeated keys or comma-separated (the seed does not say). */
export function listQuery(c: NhnContext, name: string): string[] {
  return (c.req.queries(name) ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** An optional query value restricted to a vocabulary. */
export function enumQuery<T extends string>(
  c: NhnContext,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new NhnError(
      RESULT.INVALID_PARAMETER,
      `Invalid parameter: ${name} must be one of ${allowed.join(', ')}.`,
    );
  }
  return raw as T;
}

/** 1-based paging over an already filtered list; a page past the end is empty. */
export function paginate<T>(items: T[], page: number, limit: number): { items: T[]; paging: PagingResponse } {
  return {
    items: items.slice((page - 1) * limit, page * limit),
    paging: { page, limit, totalCount: items.length },
  };
}

/** Paging from `page`/`limit` query parameters (default 1 and 20). */
export function pageQuery(c: NhnContext): { page: number; limit: number } {
  return { page: intQuery(c, 'page', 1), limit: intQuery(c, 'limit', 20, 2_000) };
}

/** Case-insensitive substring match used by every `...Like` filter. */
export const like = (value: string | undefined, needle: string | undefined): boolean =>
  needle === undefined || needle === '' || (value ?? '').toLowerCase().includes(needle.toLowerCase());
