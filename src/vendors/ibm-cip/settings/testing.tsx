import type { ProxyReply } from '@/testing/vendor-page';
import type { CipCall } from '../testing/render-cip';

const STATUS = { success: true, apiError: false, message: 'Success', errors: {} };
export const wrapped = (payload: object): ProxyReply => ({ body: { status: STATUS, ...payload } });
export const wrappedOk: ProxyReply = { body: { status: STATUS } };

/** A refused self-service call as the API sends it: a failed status object naming the error and fields. */
export const ssError = (message: string, errors: Record<string, string>, status = 400): ProxyReply => ({
  status,
  body: { status: { success: false, apiError: true, message, errors } },
});

const named = (names: string[]) => names.map((name, i) => ({ id: i + 1, name }));

/** SS6 of a tenant with instances 1 and 3, as the demo has. */
export const setupReply = wrapped({
  applications: named(['Profile management', 'Self-registration', 'User name lookup', 'Password reset']),
  instanceTypes: [],
  instances: [
    { id: 1, name: 'Default' },
    { id: 3, name: 'Employees' },
  ],
  validations: [],
  attributeTypes: [],
  provisionResolutions: [],
  fieldTypes: [],
  usernameOptions: [{ id: 'user_uid', name: 'User ID' }],
  emails: [
    { id: 1, name: 'Awaiting approval' },
    { id: 10, name: 'Membership revoked' },
  ],
  applicationRoles: [],
  portalApplicationSections: [],
  usernameValidationOptions: named(['Email']),
  passwordResetValidationOptions: named(['Email']),
  applicationMap: [{ applicationId: 1, appType: 'pma' }],
});

/** Answers SS6 and hands every other call to `handler`. */
export const withSetup =
  (handler: (call: CipCall) => ProxyReply | undefined) =>
  (call: CipCall): ProxyReply | undefined =>
    call.path === '/ss/initAppManagementSetup' ? setupReply : handler(call);
