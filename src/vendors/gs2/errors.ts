import type { ErrorParser } from '@/lib/http/request';
import { textError } from '@/lib/http/result-header';
import type { VendorErrors } from '@/lib/http/vendor-client';

type RequestError = { component?: unknown; message?: unknown; code?: unknown };

/** `identifier.user.name.error.tooLong` → field `name`, the part between the model and `error`. */
function fieldOf(key: string): string | undefined {
  const parts = key.split('.');
  const at = parts.indexOf('error');
  return at >= 3 ? parts.slice(2, at).join('.') : undefined;
}

/**
 * GS2 errors: `{"message": "[{component, message, code}]"}` — the message is a JSON string holding a
 * list of request errors (reference/gs2-identifier.md §4.5). A body that does not parse is shown raw.
 */
export const parseGs2Error: ErrorParser = (_status, body) => {
  const message = (body as { message?: unknown } | undefined)?.message;
  if (typeof message !== 'string') return textError(body);
  let list: RequestError[];
  try {
    const parsed = JSON.parse(message) as unknown;
    list = Array.isArray(parsed) ? (parsed as RequestError[]) : [];
  } catch {
    return { detail: message };
  }
  const errors = list.filter((e) => typeof e.message === 'string');
  if (errors.length === 0) return { detail: message };
  const first = errors[0];
  return {
    detail: errors
      .map((e) =>
        typeof e.component === 'string' ? `${e.component}: ${String(e.message)}` : String(e.message),
      )
      .join('; '),
    code: typeof first?.code === 'string' && first.code !== '' ? first.code : String(first?.message),
    fieldErrors: errors.flatMap((e) => {
      const field = fieldOf(String(e.message));
      return field ? [{ field, message: String(e.message) }] : [];
    }),
  };
};

export const gs2Errors: VendorErrors = { parseError: parseGs2Error };
