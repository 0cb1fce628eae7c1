import { AccessKeyOtpRequest } from '../../wire/access-keys';
import { badRequest } from '../errors';
import { newOtpCode } from '../ids';
import type { OtpRec } from '../records';
import { readJson } from '../request';
import { noContent, type Deps, type RouteSpec, type ScpContext } from '../routing';

/**
 * Nothing can really send an SMS or e-mail here, so a sent code lands in an outbox the caller can read at
 * `GET /emulator/otp-outbox` (signed like every request), or is fixed with the `fixedOtp` option.
 */
async function sendOtp(c: ScpContext, deps: Deps) {
  const req = await readJson(c, AccessKeyOtpRequest);
  const user = c.get('caller').user;
  const method = req.method ?? 'EMAIL';
  if (method === 'PHONE' && !user.phone_number)
    throw badRequest('The calling user has no phone number to send the code to.', 'NO_PHONE_NUMBER');
  if (method === 'EMAIL' && !user.email)
    throw badRequest('The calling user has no e-mail address to send the code to.', 'NO_EMAIL');
  const rec: OtpRec = {
    user_id: user.id,
    code: deps.config.fixedOtp ?? newOtpCode(),
    method,
    expires_at: deps.config.now() + deps.config.otpTtlMs,
  };
  deps.store.otps.put(user.id, rec);
  return noContent(c);
}

/** A passcode is good once, for the user it was sent to, until it expires. */
export function consumeOtp(c: ScpContext, deps: Deps, passcode: string): void {
  const user = c.get('caller').user;
  const otp = deps.store.otps.get(user.id);
  if (!otp || otp.expires_at < deps.config.now() || otp.code !== passcode) {
    throw badRequest(
      'passcode is wrong or expired; request a new one with POST /v1/access-keys/send-otp.',
      'INVALID_PASSCODE',
    );
  }
  deps.store.otps.delete(user.id);
}

export const accessKeyOtpRoutes: RouteSpec[] = [
  {
    method: 'POST',
    path: '/v1/access-keys/send-otp',
    action: 'iam:SendTemporaryOtpAccessKey',
    level: 'CREATE',
    handler: sendOtp,
  },
  {
    method: 'GET',
    path: '/emulator/otp-outbox',
    action: 'iam:SendTemporaryOtpAccessKey',
    level: 'CREATE',
    handler: (c, d) => {
      const otp = d.store.otps.get(c.get('caller').user.id);
      return c.json({
        messages:
          otp && otp.expires_at >= d.config.now()
            ? [{ method: otp.method, code: otp.code, expires_at: new Date(otp.expires_at).toISOString() }]
            : [],
      });
    },
  },
];
