import { z } from 'zod';
import { request, requestJson, setCsrfToken } from '@/lib/http/request';
import { PasswordSchema } from '../wire';

/*
 * Tessera's self-service API for a GS2 user: the GS2 token stays on the server, so the page only ever
 * talks to these routes. The session's CSRF token is kept in memory like the operator's.
 */

const base = '/api/self-service/gs2';
const enc = encodeURIComponent;

const SessionSchema = z.object({ csrfToken: z.string(), expiresAt: z.string() });
export const LinkInfoSchema = z.object({
  userName: z.string(),
  expiresAt: z.string(),
  session: SessionSchema.nullable(),
});
export type LinkInfo = z.infer<typeof LinkInfoSchema>;
const PasswordAnswerSchema = z.object({ password: PasswordSchema.nullable() });
const EnableAnswerSchema = z.object({ password: PasswordSchema, challengeToken: z.string() });

export const selfServiceKeys = {
  link: (token: string) => ['self-service', 'gs2', 'link', token] as const,
  mfa: (token: string) => ['self-service', 'gs2', 'mfa', token] as const,
};

export async function fetchLink(token: string): Promise<LinkInfo> {
  const info = await requestJson(`${base}/links/${enc(token)}`, LinkInfoSchema);
  if (info.session) setCsrfToken(info.session.csrfToken);
  return info;
}

export async function signIn(
  token: string,
  input: { userName: string; password: string; otp?: string | undefined },
): Promise<void> {
  const session = await requestJson(`${base}/links/${enc(token)}/session`, SessionSchema, {
    method: 'POST',
    json: input,
  });
  setCsrfToken(session.csrfToken);
}

export async function signOut(): Promise<void> {
  await request(`${base}/session`, { method: 'DELETE' });
  setCsrfToken(undefined);
}

export const fetchOwnPassword = async () => (await requestJson(`${base}/mfa`, PasswordAnswerSchema)).password;

/** The challenge carries the TOTP secret: it is returned to the caller and never cached. */
export const startEnrolment = () => requestJson(`${base}/mfa`, EnableAnswerSchema, { method: 'POST' });

export const confirmEnrolment = (passcode: string) =>
  requestJson(`${base}/mfa/challenge`, PasswordAnswerSchema, { method: 'POST', json: { passcode } });

export const removeMfa = () => requestJson(`${base}/mfa`, PasswordAnswerSchema, { method: 'DELETE' });
