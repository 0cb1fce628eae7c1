import type { ErrorParser } from './request';

type Parsed = ReturnType<ErrorParser>;

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * NHN Cloud's envelope: `{header: {isSuccessful, resultCode, resultMessage}}`, sent with HTTP 200 even
 * for failures. Returns the failure, or undefined for a success or another shape.
 */
export function resultHeaderError(body: unknown): Parsed | undefined {
  const header = obj(obj(body)?.header);
  if (header?.isSuccessful !== false) return undefined;
  const code = header.resultCode;
  const message = header.resultMessage;
  return {
    detail:
      typeof message === 'string' && message !== ''
        ? message
        : `Request failed (result code ${String(code)}).`,
    code: typeof code === 'number' || typeof code === 'string' ? String(code) : undefined,
  };
}

/** RFC 6749 §5.2 OAuth errors: `{error, error_description}`. */
export function oauthError(body: unknown): Parsed | undefined {
  const b = obj(body);
  if (typeof b?.error !== 'string') return undefined;
  return { detail: typeof b.error_description === 'string' ? b.error_description : b.error, code: b.error };
}

/** A plain-text or unknown body: its first line, if short enough to be a message. */
export function textError(body: unknown): Parsed {
  if (typeof body === 'string' && body.trim() !== '')
    return { detail: body.trim().split('\n')[0]?.slice(0, 200) };
  return {};
}
