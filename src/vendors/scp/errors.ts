import type { FieldError } from '@/lib/http/errors';
import type { ErrorParser } from '@/lib/http/request';
import { textError } from '@/lib/http/result-header';
import type { VendorErrors } from '@/lib/http/vendor-client';

type ScpError = { status?: unknown; code?: unknown; title?: unknown; detail?: unknown };
type Pydantic = { loc?: unknown; msg?: unknown; type?: unknown; type_?: unknown };

const texts = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function fromPydantic(list: Pydantic[]): ReturnType<ErrorParser> {
  const fieldErrors: FieldError[] = list.flatMap((e) => {
    const loc = Array.isArray(e.loc) ? (e.loc as unknown[]).map(String) : [];
    const path = loc[0] === 'body' || loc[0] === 'query' || loc[0] === 'path' ? loc.slice(1) : loc;
    return typeof e.msg === 'string' ? [{ field: path.join('.'), message: e.msg }] : [];
  });
  return {
    detail:
      fieldErrors.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; ') || undefined,
    fieldErrors,
  };
}

/**
 * SCP errors: `{"errors": [{status, code, title, detail}]}` where `detail` is a string or a list, or a
 * bare FastAPI validation list `[{loc, msg, type}]` (reference/scp-iam.md §4.5).
 */
export const parseScpError: ErrorParser = (_status, body) => {
  if (Array.isArray(body)) return fromPydantic(body as Pydantic[]);
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return textError(body);
  const list = errors as ScpError[];
  const details = list.flatMap((e) => texts(e.detail));
  const first = list[0];
  return {
    detail: details.join('; ') || (typeof first?.title === 'string' ? first.title : undefined),
    code: typeof first?.code === 'string' ? first.code : undefined,
  };
};

export const scpErrors: VendorErrors = { parseError: parseScpError };
