import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { request, requestJson } from '@/lib/http/request';

export const ROLES = ['admin', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const OperatorSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  mfaEnabled: z.boolean(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type Operator = z.infer<typeof OperatorSchema>;

export const operatorKeys = {
  all: ['operators'] as const,
  list: () => [...operatorKeys.all, 'list'] as const,
};

export const operatorsQuery = () =>
  queryOptions({
    queryKey: operatorKeys.list(),
    queryFn: ({ signal }) =>
      requestJson(
        '/api/operators',
        z.object({ operators: z.array(OperatorSchema), requireMfa: z.boolean() }),
        {
          signal,
        },
      ),
  });

const OneTimePassword = z.object({ oneTimePassword: z.string().min(1) });
const url = (id: string, rest = '') => `/api/operators/${encodeURIComponent(id)}${rest}`;

export type CreateOperatorVariables = { username: string; displayName: string; role: Role };
export const createOperator = (v: CreateOperatorVariables) =>
  requestJson('/api/operators', OneTimePassword.extend({ operator: OperatorSchema }), {
    method: 'POST',
    json: v,
  });
export const updateOperator = (
  id: string,
  patch: Partial<Pick<Operator, 'role' | 'displayName' | 'disabled'>>,
) => requestJson(url(id), z.object({ operator: OperatorSchema }), { method: 'PATCH', json: patch });
export const resetPassword = (id: string) =>
  requestJson(url(id, '/password-reset'), OneTimePassword, { method: 'POST' });
export const resetMfa = (id: string) => request(url(id, '/mfa-reset'), { method: 'POST' });
export const deleteOperator = (id: string) => request(url(id), { method: 'DELETE' });
export const setRequireMfa = (requireMfa: boolean) =>
  requestJson('/api/auth-policy', z.object({ requireMfa: z.boolean() }), {
    method: 'PUT',
    json: { requireMfa },
  });
