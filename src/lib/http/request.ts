import type { z } from 'zod';
import { ContractError, HttpError, NetworkError, type FieldError } from './errors';

/**
 * The CSRF token lives in memory only (never in storage): the session endpoint hands it over after sign-in
 * and on every page load, and every write sends it back in a header.
 */
let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export type ErrorParser = (
  status: number,
  body: unknown,
  headers: Headers,
) => { detail?: string | undefined; code?: string | undefined; fieldErrors?: FieldError[] | undefined };

export type RequestOptions = {
  method?: string;
  query?: Record<string, string | number | boolean | undefined> | URLSearchParams | undefined;
  json?: unknown;
  body?: BodyInit | undefined;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Decodes error bodies; the default understands Tessera's problem responses. */
  parseError?: ErrorParser;
  /** Finds an error inside a 2xx body, for vendors that report failures with HTTP 200 (NHN's header.isSuccessful). */
  detectError?: (body: unknown, headers: Headers) => ReturnType<ErrorParser> | undefined;
};

const newRequestId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : String(Date.now()) + String(Math.random()).slice(2);

export const parseProblem: ErrorParser = (_status, body) => {
  if (body && typeof body === 'object') {
    const b = body as { detail?: unknown; title?: unknown; type?: unknown; errors?: unknown };
    const detail =
      typeof b.detail === 'string' ? b.detail : typeof b.title === 'string' ? b.title : undefined;
    const code = typeof b.type === 'string' ? b.type.replace(/^urn:tessera:problem:/, '') : undefined;
    const fieldErrors = Array.isArray(b.errors)
      ? (b.errors as unknown[]).filter(
          (e): e is FieldError =>
            !!e &&
            typeof (e as FieldError).field === 'string' &&
            typeof (e as FieldError).message === 'string',
        )
      : [];
    return { detail, code, fieldErrors };
  }
  return {};
};

function buildUrl(url: string, query: RequestOptions['query']): string {
  if (!query) return url;
  const params = query instanceof URLSearchParams ? query : new URLSearchParams();
  if (!(query instanceof URLSearchParams)) {
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** Sends a same-origin request and returns the raw response once it is known to be 2xx. */
export async function request(
  url: string,
  opts: RequestOptions = {},
): Promise<{ res: Response; body: unknown }> {
  const method = (opts.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Request-Id': newRequestId(),
    ...opts.headers,
  };
  let body = opts.body;
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const full = buildUrl(url, opts.query);
  let res: Response;
  try {
    res = await fetch(full, {
      method,
      headers,
      body: body ?? null,
      credentials: 'same-origin',
      signal: opts.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new NetworkError(method, full, err instanceof Error ? err.message : 'network failure');
  }
  const parsedBody = await readBody(res);
  if (!res.ok) {
    const parsed = (opts.parseError ?? parseProblem)(res.status, parsedBody, res.headers);
    throw new HttpError(
      res.status,
      method,
      full,
      parsedBody,
      res.headers.get('x-request-id') ?? undefined,
      parsed.detail,
      parsed.code,
      parsed.fieldErrors ?? [],
    );
  }
  const hidden = opts.detectError?.(parsedBody, res.headers);
  if (hidden) {
    throw new HttpError(
      res.status,
      method,
      full,
      parsedBody,
      res.headers.get('x-request-id') ?? undefined,
      hidden.detail,
      hidden.code,
      hidden.fieldErrors ?? [],
    );
  }
  return { res, body: parsedBody };
}

/** Sends a request and parses the 2xx body with a zod schema; a mismatch is a ContractError. */
export async function requestJson<S extends z.ZodType>(
  url: string,
  schema: S,
  opts: RequestOptions = {},
): Promise<z.output<S>> {
  const { body } = await request(url, opts);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ContractError((opts.method ?? 'GET').toUpperCase(), url, parsed.error.issues);
  return parsed.data;
}
