import type { z } from 'zod';
import { parseProblem, requestJson, type ErrorParser, type RequestOptions } from './request';

/** How one vendor reports failures: its error body parser, and for NHN the failures hidden in a 200. */
export type VendorErrors = {
  parseError: ErrorParser;
  detectError?: RequestOptions['detectError'];
};

/** One vendor operation as data: method, path template (`/user/{userName}`) and response schema. */
export type Endpoint<S extends z.ZodType = z.ZodType> = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  response: S;
};

/** Declares one endpoint; a vendor's areas each keep their own table of these. */
export const endpoint = <S extends z.ZodType>(
  method: Endpoint['method'],
  path: string,
  response: S,
): Endpoint<S> => ({ method, path, response });

export type CallArgs = {
  params?: Record<string, string | number>;
  /** Repeated keys as arrays (`member=a&member=b`); undefined values are left out. */
  query?: Record<string, string | number | boolean | readonly (string | number)[] | undefined>;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

const enc = encodeURIComponent;

/** Fills `{name}` placeholders, encoding each value as one path segment (a `/` inside becomes `%2F`). */
export function fillPath(template: string, params: CallArgs['params'] = {}): string {
  return template.replace(/\{([A-Za-z0-9_-]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '')
      throw new Error(`Missing path parameter "${name}" for ${template}`);
    return enc(String(value));
  });
}

/** The same-origin URL of a vendor call: the server adds the vendor's credentials. */
export function proxyUrl(connectionId: string, path: string): string {
  return `/api/proxy/${enc(connectionId)}${path.startsWith('/') ? path : `/${path}`}`;
}

function queryString(query: CallArgs['query']): URLSearchParams | undefined {
  if (!query) return undefined;
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value))
      for (const v of value as readonly (string | number)[]) qs.append(key, String(v));
    else qs.append(key, String(value));
  }
  return qs;
}

/** Tessera's own refusals (proxy 4xx/5xx problems) are read as problems; everything else as the vendor's. */
function withProblems(vendor: ErrorParser): ErrorParser {
  return (status, body, headers) =>
    (headers.get('content-type') ?? '').includes('application/problem+json')
      ? parseProblem(status, body, headers)
      : vendor(status, body, headers);
}

/**
 * Calls one vendor endpoint through the proxy and parses the answer with the endpoint's schema. Throws
 * `HttpError` with the vendor's own message and code, `NetworkError`, or `ContractError`.
 */
export function callVendor<S extends z.ZodType>(
  connectionId: string,
  errors: VendorErrors,
  endpoint: Endpoint<S>,
  args: CallArgs = {},
): Promise<z.output<S>> {
  const url = proxyUrl(connectionId, fillPath(endpoint.path, args.params));
  return requestJson(url, endpoint.response, {
    method: endpoint.method,
    query: queryString(args.query),
    json: args.json,
    body: args.body,
    ...(args.headers ? { headers: args.headers } : {}),
    signal: args.signal,
    parseError: withProblems(errors.parseError),
    ...(errors.detectError ? { detectError: errors.detectError } : {}),
  });
}

/** A caller bound to one vendor's error conventions, for that vendor's `client.ts`. */
export function vendorCaller(errors: VendorErrors) {
  return <S extends z.ZodType>(connectionId: string, endpoint: Endpoint<S>, args?: CallArgs) =>
    callVendor(connectionId, errors, endpoint, args);
}
