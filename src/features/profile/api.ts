import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { request, requestJson } from '@/lib/http/request';

export const profileKeys = {
  all: ['profile'] as const,
  status: () => [...profileKeys.all, 'status'] as const,
  sessions: () => [...profileKeys.all, 'sessions'] as const,
};
/** The shell's session entry; invalidated when MFA changes so the gate sees the new state. */
export const SHELL_SESSION_KEY = ['session'] as const;

const StatusSchema = z.object({
  operator: z.object({ username: z.string(), displayName: z.string(), role: z.string() }),
  mfa: z.object({ enabled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number() }),
});
export type ProfileStatus = z.infer<typeof StatusSchema>;

const SessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type OperatorSession = z.infer<typeof SessionSchema>;

export const statusQuery = () =>
  queryOptions({
    queryKey: profileKeys.status(),
    queryFn: ({ signal }) => requestJson('/api/session', StatusSchema, { signal }),
  });

export const sessionsQuery = () =>
  queryOptions({
    queryKey: profileKeys.sessions(),
    queryFn: ({ signal }) =>
      requestJson('/api/profile/sessions', z.object({ sessions: z.array(SessionSchema) }), { signal }),
    select: (d) => d.sessions,
  });

const EnrolmentSchema = z.object({ secret: z.string(), otpauthUri: z.string().startsWith('otpauth://') });
const CodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const startEnrolment = () =>
  requestJson('/api/profile/mfa/enrolment', EnrolmentSchema, { method: 'POST' });
export const confirmEnrolment = (code: string) =>
  requestJson('/api/profile/mfa/enrolment/confirm', CodesSchema, { method: 'POST', json: { code } });
export const disableMfa = (v: { password: string; code: string }) =>
  request('/api/profile/mfa/disable', { method: 'POST', json: v });
export const regenerateCodes = (v: { password: string; code: string }) =>
  requestJson('/api/profile/mfa/recovery-codes', CodesSchema, { method: 'POST', json: v });
export const revokeOtherSessions = () =>
  requestJson('/api/profile/sessions/others', z.object({ revoked: z.number() }), { method: 'DELETE' });
export const revokeSession = (id: string) =>
  request(`/api/profile/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
