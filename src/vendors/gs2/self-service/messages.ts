import { describeError, HttpError } from '@/lib/http/errors';
import type { SelfServiceText } from './self-service-text';

/** The server's problem codes in the page's language; anything unforeseen keeps the server's sentence. */
export function selfServiceMessage(err: unknown, t: SelfServiceText): string {
  if (err instanceof HttpError) {
    switch (err.code) {
      case 'link-unknown':
        return t.linkUnknown;
      case 'link-expired':
        return t.linkExpired;
      case 'bad-credentials':
        return t.badCredentials;
      case 'bad-otp':
      case 'invalid-code':
        return t.badOtp;
      case 'otp-required':
        return t.otpHelp;
      case 'sign-in-throttled':
        return t.throttled;
      case 'gs2-denied':
        return t.denied;
      case 'self-service-signed-out':
      case 'self-service-expired':
        return t.sessionEnded;
    }
  }
  return describeError(err);
}

/** A 401 from any self-service call: the session is gone and the page goes back to sign-in. */
export const isSignedOut = (err: unknown) => err instanceof HttpError && err.status === 401;
