import type { FieldError } from '@/lib/http/errors';
import type { ErrorParser } from '@/lib/http/request';
import { oauthError, textError } from '@/lib/http/result-header';
import type { VendorErrors } from '@/lib/http/vendor-client';

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** `com.lsg.gma.api.exception.UserNotFoundException: The user was not found` → the sentence after the class. */
const sentence = (developerMessage: string) => developerMessage.replace(/^[\w.$]+Exception:\s*/, '');

/**
 * IBM CIP errors: `{status, code, message, developerMessage}` (classic API), OAuth `{error,
 * error_description}` on 401, and the self-service `{status: {success: false, message, errors}}`.
 */
export const parseIbmCipError: ErrorParser = (_status, body) => {
  const b = obj(body);
  const status = obj(b?.status);
  if (status) {
    const errors = obj(status.errors) ?? obj(status.error) ?? {};
    const fieldErrors: FieldError[] = Object.entries(errors).map(([field, message]) => ({
      field,
      message: String(message),
    }));
    return { detail: typeof status.message === 'string' ? status.message : undefined, fieldErrors };
  }
  if (b && typeof b.message === 'string') {
    return {
      detail: typeof b.developerMessage === 'string' ? sentence(b.developerMessage) : b.message,
      code: b.message,
    };
  }
  return oauthError(body) ?? textError(body);
};

export const ibmCipErrors: VendorErrors = { parseError: parseIbmCipError };
