export { RecoveryCodes } from './recovery-codes';
export {
  MfaEnrollment,
  type MfaConfirmResult,
  type MfaEnrollmentProps,
  type MfaStart,
} from './mfa-enrollment';
