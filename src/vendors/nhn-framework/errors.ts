import type { ErrorParser } from '@/lib/http/request';
import { oauthError, resultHeaderError, textError } from '@/lib/http/result-header';
import type { VendorErrors } from '@/lib/http/vendor-client';

/** Messages for the result codes an operator can act on (reference/nhn-framework.md §2.14, §1.5). */
const HINTS: Record<string, string> = {
  '-6': 'The access key owner lacks the permission for this call.',
  '-8': "The organization's IP ACL does not allow Tessera's server address.",
  '80007': 'The access token expired or was revoked.',
};

function withHint(parsed: ReturnType<ErrorParser> | undefined): ReturnType<ErrorParser> | undefined {
  const hint = parsed?.code ? HINTS[parsed.code] : undefined;
  return parsed && hint ? { ...parsed, detail: `${hint} (${parsed.detail ?? parsed.code ?? ''})` } : parsed;
}

/**
 * NHN Framework: the `header` envelope, usually with HTTP 200, and OAuth errors from the token
 * endpoint. Known result codes get a sentence that says what to do.
 */
export const parseNhnFrameworkError: ErrorParser = (_status, body) =>
  withHint(resultHeaderError(body)) ?? oauthError(body) ?? textError(body);

export const nhnFrameworkErrors: VendorErrors = {
  parseError: parseNhnFrameworkError,
  detectError: (body) => withHint(resultHeaderError(body)),
};
