import { verifyTotp } from '../../../../lib/otp/totp';
import {
  LoginByUserRequestSchema,
  LoginByUserResultSchema,
  LoginRequestSchema,
  LoginResultSchema,
} from '../../wire';
import { badRequest, unauthorized } from '../errors';
import { ownerId } from '../lookups';
import { defineRoute } from '../operation';
import { hashPassword, sameSecret, verifyPassword } from '../secrets';
import { issueToken } from '../tokens';

const component = 'projectToken';
/** Checked when there is no password, so response time does not tell whether a user has one. */
const DECOY_HASH = hashPassword('decoy');

export const projectTokenRoutes = [
  defineRoute({
    name: 'login',
    method: 'POST',
    path: '/projectToken/login',
    component,
    open: true,
    request: LoginRequestSchema,
    result: LoginResultSchema,
    run: ({ client_id, client_secret }, { ctx }) => {
      const credential = ctx.store.credentials.get(client_id);
      // An unknown client and a wrong secret look the same to the caller.
      if (!credential || !sameSecret(client_secret, credential.secretHash))
        throw unauthorized(component, 'client_secret', 'unauthorized');
      const { token, expiresIn } = issueToken(ctx, credential.userName, credential.clientId);
      return {
        access_token: token,
        token_type: 'Bearer' as const,
        expires_in: expiresIn,
        owner_id: ownerId(ctx),
      };
    },
  }),
  defineRoute({
    name: 'loginByUser',
    method: 'POST',
    path: '/projectToken/login/user',
    component,
    open: true,
    request: LoginByUserRequestSchema,
    result: LoginByUserResultSchema,
    run: ({ userName, password, otp }, { ctx }) => {
      const stored = ctx.store.passwords.get(userName);
      // The password first, and the same answer (after the same hashing work) for an unknown user, no password and a wrong one.
      const matches = verifyPassword(password, stored?.hash ?? DECOY_HASH);
      if (!stored || !matches) throw unauthorized('password', 'password', 'unauthorized');
      // Only a completed enrolment (Enable) asks for the code; while Verifying the password alone still works.
      if (stored.mfaStatus === 'Enable' && stored.totpSecret) {
        if (!otp) throw badRequest('password', 'otp', 'require');
        if (verifyTotp(stored.totpSecret, otp, { timeMs: ctx.now() }) === undefined)
          throw unauthorized('password', 'otp', 'unauthorized');
      }
      return { item: { token: issueToken(ctx, userName).token } };
    },
  }),
];
