import type { z } from 'zod';
import {
  decodeErrorBody,
  EnableMfaResultSchema,
  GS2_ERROR_KEYS,
  LoginByUserResultSchema,
  PasswordResultSchema,
  type Password,
} from '../../vendors/gs2/wire';
import { joinUrl } from '../proxy/login';
import type { SmallResponse, UpstreamHttp } from '../proxy/upstream-http';
import { ProblemError } from '../problem';

export type LoginOutcome =
  | { kind: 'ok'; token: string }
  | { kind: 'bad-credentials' }
  | { kind: 'otp-required' }
  | { kind: 'bad-otp' };

/** A GS2 answer that is neither success nor one of the refusals the page explains. */
export class Gs2CallFailed extends ProblemError {}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

function parseJson(res: SmallResponse): unknown {
  try {
    return JSON.parse(res.body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function errorKeys(res: SmallResponse): string[] {
  return (decodeErrorBody(parseJson(res)) ?? []).map((e) => e.message);
}

function unexpected(res: SmallResponse): Gs2CallFailed {
  const keys = errorKeys(res);
  if (keys.includes(GS2_ERROR_KEYS.actionDenied)) {
    return new Gs2CallFailed(
      403,
      'gs2-denied',
      'Not allowed by your GS2 policies',
      'Your GS2 security policies do not allow you to change your own MFA. Ask your operator.',
    );
  }
  if (keys.some((k) => k.startsWith('identifier.projectToken.token.'))) {
    return new Gs2CallFailed(
      401,
      'self-service-expired',
      'Signed out',
      'GS2 ended your session. Sign in again.',
    );
  }
  return new Gs2CallFailed(
    502,
    'gs2-failed',
    'GS2 refused the request',
    keys[0] ? `GS2 answered ${res.status}: ${keys[0]}` : `GS2 answered ${res.status}.`,
    { vendorKeys: keys },
  );
}

function parse<S extends z.ZodType>(res: SmallResponse, schema: S): z.output<S> {
  const parsed = schema.safeParse(parseJson(res));
  if (!parsed.success)
    throw new Gs2CallFailed(
      502,
      'gs2-contract',
      'Unexpected GS2 answer',
      'GS2 answered in an unknown shape.',
    );
  return parsed.data;
}

/**
 * The GS2-Identifier calls a signed-in GS2 user may make through self-service, and nothing else: sign-in
 * with `loginByUser`, then read, enrol, confirm and remove MFA on their own user, with their own token.
 */
export function createGs2UserApi(http: UpstreamHttp) {
  const userPath = (userName: string, suffix: string) => `/user/${encodeURIComponent(userName)}${suffix}`;
  const call = (baseUrl: string, token: string, method: string, path: string, body?: unknown) =>
    http.exchange({
      method,
      url: joinUrl(baseUrl, path),
      headers: { ...JSON_HEADERS, authorization: `Bearer ${token}` },
      body: method === 'POST' ? Buffer.from(JSON.stringify(body ?? {})) : undefined,
    });

  return {
    async login(
      baseUrl: string,
      input: { userName: string; password: string; otp?: string | undefined },
    ): Promise<LoginOutcome> {
      const res = await http.exchange({
        method: 'POST',
        url: joinUrl(baseUrl, '/projectToken/login/user'),
        headers: JSON_HEADERS,
        body: Buffer.from(JSON.stringify({ ...input, otp: input.otp ?? null })),
      });
      if (res.status === 200) return { kind: 'ok', token: parse(res, LoginByUserResultSchema).item.token };
      const keys = errorKeys(res);
      if (keys.includes(GS2_ERROR_KEYS.otpRequired)) return { kind: 'otp-required' };
      if (keys.includes(GS2_ERROR_KEYS.otpWrong)) return { kind: 'bad-otp' };
      // A name GS2 refuses as malformed can have no password either: the same answer as a wrong password.
      if (res.status === 400 || res.status === 401 || res.status === 404) return { kind: 'bad-credentials' };
      throw unexpected(res);
    },

    /** The user's password metadata (the MFA state), or null when the password was deleted meanwhile. */
    async getPassword(baseUrl: string, token: string, userName: string): Promise<Password | null> {
      const res = await call(baseUrl, token, 'GET', userPath(userName, '/password/entity'));
      if (res.status === 404) return null;
      if (res.status !== 200) throw unexpected(res);
      return parse(res, PasswordResultSchema).item;
    },

    async enableMfa(baseUrl: string, token: string, userName: string) {
      const res = await call(baseUrl, token, 'POST', userPath(userName, '/mfa'));
      if (res.status !== 200) throw unexpected(res);
      return parse(res, EnableMfaResultSchema);
    },

    async challengeMfa(baseUrl: string, token: string, userName: string, passcode: string) {
      const res = await call(baseUrl, token, 'POST', userPath(userName, '/mfa/challenge'), { passcode });
      if (res.status === 400 && errorKeys(res).some((k) => k.startsWith('identifier.password.passcode.'))) {
        throw new ProblemError(
          400,
          'invalid-code',
          'Wrong code',
          'That code is not valid. Try the current one.',
          {
            errors: [{ field: 'code', message: 'That code is not valid. Try the current one.' }],
          },
        );
      }
      if (res.status !== 200) throw unexpected(res);
      return parse(res, PasswordResultSchema).item;
    },

    async disableMfa(baseUrl: string, token: string, userName: string) {
      const res = await call(baseUrl, token, 'DELETE', userPath(userName, '/mfa'));
      if (res.status !== 200) throw unexpected(res);
      return parse(res, PasswordResultSchema).item;
    },
  };
}

export type Gs2UserApi = ReturnType<typeof createGs2UserApi>;
