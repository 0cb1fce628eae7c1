/**
 * The vendor's result codes (seed error table) with the message the emulator sends for each. The seed
 * documents meanings, not message texts, so the messages are the table's descriptions.
 */
export const RESULT = {
  TOKEN_INVALID: 80007,
  FORBIDDEN: -6,
  IP_DENIED: -8,
  NO_SUCH_API: 404,
  INVALID_PARAMETER: 400,
  SYSTEM_ERROR: 500,
  INCORRECT_PARAMETER: 1000,
  INTERNAL_CALL_FAILED: 1201,
  ROLE_NOT_FOUND: 10009,
  ROLE_REQUIRED: 10010,
  LAST_ADMIN: 10012,
  PROJECT_MEMBER_NOT_FOUND: 12100,
  SELF_TARGET: 12107,
  PROJECT_GONE_FOR_MEMBER: 12400,
  PROJECT_LIMIT: 12401,
  PROJECT_HAS_SERVICES: 12500,
  PRODUCT_NOT_ENABLED: 13001,
  PRODUCT_ALREADY_ENABLED: 13002,
  PRODUCT_NOT_ENABLEABLE: 13004,
  PRODUCT_CORPORATE_ONLY: 13006,
  ALREADY_EXISTS: 22006,
  OWNER_ROLE_FIXED: 22013,
  ORG_NOT_FOUND: 22016,
  APPKEY_LIMIT: 30015,
  PROJECT_NOT_FOUND: 40017,
  PROJECT_DELETED: 40028,
  PRODUCT_PREREQUISITE: 40054,
  PRODUCT_HAS_CHILDREN: 40057,
  INVALID_MEMBER: 50007,
  NO_DATA: 60003,
  ROLE_GROUP_NAME_TAKEN: 62004,
  ROLE_GROUP_NOT_FOUND: 62008,
  ROLE_GROUP_INVALID_ROLE: 62009,
  ROLE_GROUP_IN_NOTIFICATION: 62011,
  ROLE_PROPAGATION_FAILED: 62014,
  ORG_ROLE_NOT_ALLOWED: 62019,
  WITHDRAWAL_CONDITIONS: 70014,
  BILLING_FAILED: 72005,
  PARAMETER_NOT_APPROPRIATE: 10005,
  USER_CODE_LENGTH: -200201,
  USER_CODE_FORMAT: -200202,
  NAME_LENGTH: -200203,
} as const;

export type ResultCode = (typeof RESULT)[keyof typeof RESULT];

const MESSAGES: Record<ResultCode, string> = {
  [RESULT.TOKEN_INVALID]: 'The token is expired or does not exist.',
  [RESULT.FORBIDDEN]: 'You do not have permission to call this API.',
  [RESULT.IP_DENIED]: "IP validation failed under the organization's IP ACL policy.",
  [RESULT.NO_SUCH_API]: 'No such API. Check the HTTP method and URI.',
  [RESULT.INVALID_PARAMETER]: 'Invalid parameter',
  [RESULT.SYSTEM_ERROR]: 'Abnormal system error.',
  [RESULT.INCORRECT_PARAMETER]: 'Incorrect parameters.',
  [RESULT.INTERNAL_CALL_FAILED]: 'An internal server-to-server API request failed.',
  [RESULT.ROLE_NOT_FOUND]: 'The role does not exist in the organization or project.',
  [RESULT.ROLE_REQUIRED]: 'At least one role must remain assigned.',
  [RESULT.LAST_ADMIN]: 'The project must keep at least one member with the ADMIN role.',
  [RESULT.PROJECT_MEMBER_NOT_FOUND]: 'The project member does not exist.',
  [RESULT.SELF_TARGET]: 'The requester cannot be the target of this API.',
  [RESULT.PROJECT_GONE_FOR_MEMBER]:
    'Members cannot be added to a project that does not exist or was deleted.',
  [RESULT.PROJECT_LIMIT]: "The organization owner's project limit is exceeded.",
  [RESULT.PROJECT_HAS_SERVICES]: 'The project still has services in use. Disable them first.',
  [RESULT.PRODUCT_NOT_ENABLED]: 'Enabling or disabling the service failed.',
  [RESULT.PRODUCT_ALREADY_ENABLED]: 'The service is already in use.',
  [RESULT.PRODUCT_NOT_ENABLEABLE]: 'The service cannot be enabled.',
  [RESULT.PRODUCT_CORPORATE_ONLY]: 'The service is for corporate owners only.',
  [RESULT.ALREADY_EXISTS]: 'It already exists.',
  [RESULT.OWNER_ROLE_FIXED]: "The organization owner's roles cannot be changed.",
  [RESULT.ORG_NOT_FOUND]: 'The organization does not exist.',
  [RESULT.APPKEY_LIMIT]: 'A project can have at most 3 AppKeys.',
  [RESULT.PROJECT_NOT_FOUND]: 'The project does not exist.',
  [RESULT.PROJECT_DELETED]: 'The project was deleted.',
  [RESULT.PRODUCT_PREREQUISITE]: 'A service that must be enabled first is not enabled.',
  [RESULT.PRODUCT_HAS_CHILDREN]: 'A service that must be disabled first is still enabled.',
  [RESULT.INVALID_MEMBER]: 'Invalid member.',
  [RESULT.NO_DATA]: 'No data.',
  [RESULT.ROLE_GROUP_NAME_TAKEN]: 'A role group with this name already exists.',
  [RESULT.ROLE_GROUP_NOT_FOUND]: 'The role group does not exist.',
  [RESULT.ROLE_GROUP_INVALID_ROLE]: 'The role is not valid for a role group.',
  [RESULT.ROLE_GROUP_IN_NOTIFICATION]: 'The role group is used by a notification group.',
  [RESULT.ROLE_PROPAGATION_FAILED]: "Services could not be notified of the members' roles.",
  [RESULT.ORG_ROLE_NOT_ALLOWED]: 'The role cannot be granted to an organization member.',
  [RESULT.WITHDRAWAL_CONDITIONS]: 'The member withdrawal conditions are not met.',
  [RESULT.BILLING_FAILED]: 'A billing API call failed.',
  [RESULT.PARAMETER_NOT_APPROPRIATE]: 'Request parameters are not appropriate.',
  [RESULT.USER_CODE_LENGTH]: 'The IAM member ID must be at most 20 characters.',
  [RESULT.USER_CODE_FORMAT]:
    'The IAM member ID may contain lowercase letters, digits and - _ . and may not start or end with a special character.',
  [RESULT.NAME_LENGTH]: 'The name must be at most 60 characters.',
};

/** A failure the handlers throw; the app turns it into the vendor's envelope. */
export class NhnError extends Error {
  override name = 'NhnError';
  constructor(
    readonly code: ResultCode,
    message?: string,
    /** Fields the failure response carries beside `header` (e.g. #5's `childProducts`). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message ?? MESSAGES[code]);
  }
}

/** How failures map to HTTP statuses; the seed is silent, see the README. */
export type HttpStatusMode = 'mapped' | 'always-200';

export function httpStatusFor(
  code: number,
  mode: HttpStatusMode,
): 200 | 400 | 401 | 403 | 404 | 500 | 501 | 502 | 503 | 504 | 505 {
  if (mode === 'always-200') return 200;
  switch (code) {
    case RESULT.TOKEN_INVALID:
      return 401;
    case RESULT.FORBIDDEN:
    case RESULT.IP_DENIED:
      return 403;
    case 404:
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 505:
      return code;
    default:
      return 400;
  }
}
