import { otpauthUri } from '../../../../lib/otp/otpauth-uri';
import { newTotpSecret, verifyTotp } from '../../../../lib/otp/totp';
import {
  ChallengeMfaRequestSchema,
  EnableMfaResultSchema,
  PasswordResultSchema,
  UserNameRequestSchema,
} from '../../wire';
import type { EmulatorContext } from '../context';
import { badRequest } from '../errors';
import { ownerId, requirePassword } from '../lookups';
import { defineRoute } from '../operation';
import { presentPassword } from '../present';
import type { PasswordRecord } from '../store';

const component = 'password';
export const TOTP_ISSUER = 'GS2';

function save(ctx: EmulatorContext, record: PasswordRecord) {
  ctx.store.passwords.put(record.userName, record);
  return presentPassword(ownerId(ctx), record);
}

export const mfaRoutes = [
  defineRoute({
    name: 'enableMfa',
    method: 'POST',
    path: '/user/:userName/mfa',
    component,
    request: UserNameRequestSchema,
    result: EnableMfaResultSchema,
    run: ({ userName }, { ctx }) => {
      const password = requirePassword(ctx, userName);
      if (password.mfaStatus === 'Enable')
        throw badRequest(component, 'enableTwoFactorAuthentication', 'alreadyEnabled');
      // Called again while Verifying, enrolment restarts with a new secret: the old QR code stops working.
      const totpSecret = newTotpSecret();
      const item = save(ctx, {
        ...password,
        mfa: 'RFC6238',
        mfaStatus: 'Verifying',
        totpSecret,
        revision: password.revision + 1,
      });
      return {
        item,
        challengeToken: otpauthUri({ issuer: TOTP_ISSUER, account: userName, secret: totpSecret }),
      };
    },
  }),
  defineRoute({
    name: 'challengeMfa',
    method: 'POST',
    path: '/user/:userName/mfa/challenge',
    component,
    request: ChallengeMfaRequestSchema,
    result: PasswordResultSchema,
    run: ({ userName, passcode }, { ctx }) => {
      const password = requirePassword(ctx, userName);
      if (password.mfaStatus !== 'Verifying' || !password.totpSecret)
        throw badRequest(component, 'twoFactorAuthenticationSetting', 'notVerifying');
      if (verifyTotp(password.totpSecret, passcode, { timeMs: ctx.now() }) === undefined)
        throw badRequest(component, 'passcode', 'invalid');
      return { item: save(ctx, { ...password, mfaStatus: 'Enable', revision: password.revision + 1 }) };
    },
  }),
  defineRoute({
    name: 'disableMfa',
    method: 'DELETE',
    path: '/user/:userName/mfa',
    component,
    request: UserNameRequestSchema,
    result: PasswordResultSchema,
    run: ({ userName }, { ctx }) => {
      const { totpSecret: _secret, mfaStatus: _status, ...password } = requirePassword(ctx, userName);
      // A half-done enrolment (Verifying) may be cancelled too; only a password without MFA is refused.
      if (password.mfa === 'Disable')
        throw badRequest(component, 'enableTwoFactorAuthentication', 'alreadyDisabled');
      return { item: save(ctx, { ...password, mfa: 'Disable', revision: password.revision + 1 }) };
    },
  }),
];
