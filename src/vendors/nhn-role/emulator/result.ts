/**
 * NHN ROLE result codes (current table: the 2024-02-27 release folded the per-entity "invalid ID" codes
 * into 400). Messages are the documented meanings in English; the vendor does not publish exact strings.
 */
export const RESULT = {
  SUCCESS: 0,
  INVALID_ARGUMENT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVER_ERROR: 500,
  DUPLICATE_RESOURCE_PATH: 10003,
  DUPLICATE_RESOURCE: 10004,
  RESOURCE_NOT_FOUND: 10005,
  TOO_MANY_RESOURCES: 10006,
  DUPLICATE_RESOURCE_UI_PATH: 10007,
  INVALID_RESOURCE_UI_PATH_NAME: 10008,
  DUPLICATE_ROLE: 11000,
  ROLE_NOT_FOUND: 11001,
  ROLE_RELATION_EXISTS: 11003,
  ROLE_RESOURCE_RELATION_EXISTS: 11005,
  ROLE_RELATION_NOT_ALLOWED: 11007,
  ROLE_RELATION_PARAMETER_ERROR: 11008,
  CANNOT_DENY: 11010,
  OPERATION_NOT_FOUND: 12000,
  DUPLICATE_OPERATION: 12001,
  DUPLICATE_SCOPE: 13000,
  SCOPE_NOT_FOUND: 13001,
  ALL_SCOPE_IMMUTABLE: 13002,
  DUPLICATE_USER: 14000,
  USER_NOT_FOUND: 14001,
  USER_ROLE_RELATION_EXISTS: 14002,
  DUPLICATE_ATTRIBUTE: 20000,
  INVALID_ATTRIBUTE: 20001,
  ATTRIBUTE_IN_USE: 20005,
  OPERATOR_NOT_ALLOWED: 21001,
  INVALID_ATTRIBUTE_VALUE: 21002,
} as const;

export type ResultCode = (typeof RESULT)[keyof typeof RESULT];

/** The pre-2024-02-27 codes for malformed input, now all reported as 400; kept behind `legacyResultCodes`. */
export const LEGACY = {
  INVALID_RESOURCE_PATH: 10000,
  INVALID_RESOURCE_ID: 10002,
  INVALID_ROLE_ID: 11002,
  INVALID_OPERATION_ID: 12002,
  INVALID_SCOPE_ID: 13003,
  INVALID_USER_ID: 14004,
} as const;

export type LegacyCode = (typeof LEGACY)[keyof typeof LEGACY];

const MESSAGES: Record<ResultCode | LegacyCode, string> = {
  10000: 'Invalid resource path.',
  10002: 'Invalid resource ID.',
  11002: 'Invalid role ID.',
  12002: 'Invalid operation ID.',
  13003: 'Invalid scope ID.',
  14004: 'Invalid user ID.',
  0: 'SUCCESS',
  400: 'API call failed due to an invalid argument.',
  401: 'Invalid appkey or secret key.',
  403: 'Call from a non-permitted IP.',
  404: 'Check the API URL and HTTP method.',
  500: 'Server problem.',
  10003: 'Duplicate resource path exists.',
  10004: 'Duplicate resource exists.',
  10005: 'Resource not found.',
  10006: 'Too many resources registered.',
  10007: 'Duplicate resource UI path.',
  10008: 'Invalid resource UI path name.',
  11000: 'Duplicate role exists.',
  11001: 'Role not found.',
  11003: 'Role relation already exists.',
  11005: 'Role-resource relation already exists.',
  11007: 'A role that cannot be given a role relation was specified.',
  11008: 'Role relation parameter error.',
  11010: 'Cannot be set to DENY.',
  12000: 'Operation not found.',
  12001: 'Operation already exists.',
  13000: 'Scope ID already exists.',
  13001: 'Scope ID not found.',
  13002: 'Changes to the ALL scope are not allowed.',
  14000: 'User ID already exists.',
  14001: 'User ID not found.',
  14002: 'User-role relation already exists.',
  20000: 'Condition attribute ID already exists.',
  20001: 'Invalid condition attribute ID.',
  20005: 'Condition attribute ID already in use.',
  21001: 'Operator type not allowed for the condition attribute value.',
  21002: 'Invalid data type of condition attribute value.',
};

/**
 * A failure answered in NHN's envelope; `detail` names the offending field or ID for the caller, and
 * `legacy` is the code the vendor used for it before 2024-02-27, if any.
 */
export class RoleError extends Error {
  override name = 'RoleError';
  constructor(
    readonly code: Exclude<ResultCode, 0>,
    readonly detail?: string,
    readonly legacy?: LegacyCode,
  ) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
  }

  /** The header for this failure, under the current or the legacy code table. */
  header(legacyCodes: boolean) {
    const code = legacyCodes && this.legacy !== undefined ? this.legacy : this.code;
    return resultHeader(code, this.detail ? `${MESSAGES[code]} (${this.detail})` : MESSAGES[code]);
  }
}

export function resultHeader(code: ResultCode | LegacyCode, message?: string) {
  return {
    isSuccessful: code === RESULT.SUCCESS,
    resultCode: code,
    resultMessage: message ?? MESSAGES[code],
  };
}

/** Throws a RoleError when `cond` is false; keeps validation code one line per rule. */
export function ensure(
  cond: unknown,
  code: Exclude<ResultCode, 0>,
  detail?: string,
  legacy?: LegacyCode,
): asserts cond {
  if (!cond) throw new RoleError(code, detail, legacy);
}
