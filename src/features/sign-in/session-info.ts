import { z } from 'zod';
import { requestJson, setCsrfToken } from '@/lib/http/request';

/** The browser's view of its own session (GET /api/session), parsed by the session gate. */
export const SessionInfoSchema = z.object({
  operator: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(['admin', 'operator', 'viewer']),
  }),
  csrfToken: z.string().min(1),
  mfa: z.object({ enabled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number() }),
  mustChangePassword: z.boolean(),
  mustEnrolMfa: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** Reads the session and hands its CSRF token to the http client (memory only). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo> {
  const session = await requestJson('/api/session', SessionInfoSchema, { signal });
  setCsrfToken(session.csrfToken);
  return session;
}
