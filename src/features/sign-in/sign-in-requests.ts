import { ContractError } from '@/lib/http/errors';
import { request, setCsrfToken } from '@/lib/http/request';

/**
 * The sign-in calls, parsed by hand instead of with zod: the sign-in route has a tight download budget
 * and needs only three fields of the answer. The full session is read (and parsed with its schema) by the
 * session gate right after.
 */
export type SessionFlags = { mustChangePassword: boolean; mustEnrolMfa: boolean };
export type SignInOutcome = ({ kind: 'signed-in' } & SessionFlags) | { kind: 'mfa-required' };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(method: string, url: string, path: string): never {
  throw new ContractError(method, url, [{ path: path.split('.'), message: 'missing or of the wrong type' }]);
}

/** Takes the CSRF token and the two flags out of a session object, or fails as a contract error. */
function readSession(value: unknown, method: string, url: string): SessionFlags {
  if (!isObject(value)) fail(method, url, 'session');
  const { csrfToken, mustChangePassword, mustEnrolMfa } = value;
  if (typeof csrfToken !== 'string' || !csrfToken) fail(method, url, 'csrfToken');
  if (typeof mustChangePassword !== 'boolean') fail(method, url, 'mustChangePassword');
  if (typeof mustEnrolMfa !== 'boolean') fail(method, url, 'mustEnrolMfa');
  setCsrfToken(csrfToken);
  return { mustChangePassword, mustEnrolMfa };
}

function readSignedIn(body: unknown, method: string, url: string): SignInOutcome {
  if (!isObject(body) || body.status !== 'signed-in') fail(method, url, 'status');
  return { kind: 'signed-in', ...readSession(body.session, method, url) };
}

export async function postPassword(username: string, password: string): Promise<SignInOutcome> {
  const url = '/api/session';
  const { body } = await request(url, { method: 'POST', json: { username, password } });
  if (isObject(body) && body.status === 'mfa-required') {
    if (typeof body.csrfToken !== 'string') fail('POST', url, 'csrfToken');
    setCsrfToken(body.csrfToken);
    return { kind: 'mfa-required' };
  }
  return readSignedIn(body, 'POST', url);
}

export async function postCode(body: { code: string } | { recoveryCode: string }): Promise<SignInOutcome> {
  const url = '/api/session/mfa';
  const res = await request(url, { method: 'POST', json: body });
  return readSignedIn(res.body, 'POST', url);
}

export async function postPasswordChange(
  currentPassword: string,
  newPassword: string,
): Promise<SessionFlags> {
  const url = '/api/session/password';
  const { body } = await request(url, { method: 'POST', json: { currentPassword, newPassword } });
  return readSession(body, 'POST', url);
}
