import type { ErrorParser } from '@/lib/http/request';
import { oauthError, resultHeaderError, textError } from '@/lib/http/result-header';
import type { VendorErrors } from '@/lib/http/vendor-client';

/** NHN ROLE answers every failure with HTTP 200 and `header.resultCode`/`resultMessage` (reference §1.3). */
export const parseNhnRoleError: ErrorParser = (_status, body) =>
  resultHeaderError(body) ?? oauthError(body) ?? textError(body);

export const nhnRoleErrors: VendorErrors = {
  parseError: parseNhnRoleError,
  detectError: (body) => resultHeaderError(body),
};
