import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { CipError as CipErrorBody, StatusObject } from '../wire';

/**
 * A vendor error. The seed documents the Chapter 5 body for the classic resources only; the self-service
 * and identities resources render the same error as a failed status object (see README), and that choice
 * lives in `renderError` alone.
 */
export class CipError extends Error {
  override name = 'CipError';
  constructor(
    readonly httpStatus: ContentfulStatusCode,
    /** PascalCase error name, the body's `message`. */
    readonly code: string,
    /** Simple name of the vendor's exception class. */
    readonly exception: string,
    readonly text: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(`${code}: ${text}`);
  }
}

export function renderClassic(err: CipError): CipErrorBody {
  return {
    status: err.httpStatus,
    code: err.httpStatus,
    message: err.code,
    developerMessage: `com.lsg.gma.api.exception.${err.exception}: ${err.text}`,
  };
}

export function renderWrapped(err: CipError): { status: StatusObject } {
  const errors = Object.keys(err.fields).length > 0 ? err.fields : { [err.code]: err.text };
  return { status: { success: false, apiError: true, message: err.code, errors } };
}

// Error names the seed documents: UserNotFound, AccountCreateError, TokenTypeConfigurationError. The others
// follow the same pattern and are the emulator's own (CIP-UNDOC), listed in the README.
export const fail = {
  userNotFound: () =>
    new CipError(404, 'UserNotFound', 'UserNotFoundException', 'The user was not found in the directory'),
  accountCreate: (uid: string) =>
    new CipError(
      400,
      'AccountCreateError',
      'AccountCreateException',
      `Could not create Gateway Account because the username "${uid}" is already in use by another Account`,
    ),
  tokenConfig: (text: string) =>
    new CipError(400, 'TokenTypeConfigurationError', 'TokenTypeConfigurationException', text),
  invalid: (text: string, fields: Record<string, string> = {}) =>
    new CipError(400, 'InvalidParameter', 'InvalidParameterException', text, fields),
  missing: (name: string) =>
    new CipError(
      400,
      'InvalidParameter',
      'InvalidParameterException',
      `Required parameter "${name}" is missing`,
      {
        [name]: 'required',
      },
    ),
  notFound: (what: string, name: string) =>
    new CipError(
      404,
      `${what}NotFound`,
      `${what}NotFoundException`,
      `The ${lower(what)} "${name}" was not found`,
    ),
  conflict: (what: string, name: string) =>
    new CipError(
      400,
      `${what}CreateError`,
      `${what}CreateException`,
      `Could not create ${lower(what)} "${name}" because the name is already in use`,
    ),
  hierarchy: (text: string) => new CipError(400, 'ServiceHierarchyError', 'ServiceHierarchyException', text),
  route: () => new CipError(404, 'NotFound', 'NotFoundException', 'The requested resource was not found'),
  locked: () =>
    new CipError(
      403,
      'PasswordLocked',
      'PasswordLockedException',
      'The password is locked after too many failed attempts',
    ),
  inactive: () =>
    new CipError(403, 'AccountInactive', 'AccountInactiveException', 'The user account is inactive'),
};

function lower(what: string): string {
  return what.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
