import type { ReactNode } from 'react';
import type { CurrentConnection } from '@/lib/connection-context';
import { fakeProxy, renderConnectionPage, type ProxyCall, type ProxyReply } from '@/testing/vendor-page';

export type ScpCall = ProxyCall;

export const ACCOUNT = 'acc0000000000000000000000000000a';

/** The demo connection, without an account id so pages discover it as they do on a real connection. */
export const CONNECTION: CurrentConnection = {
  id: 'c1',
  vendor: 'scp',
  name: 'Demo SCP',
  settings: { environment: 'emulator', accessKey: 'AK1', apiVersion: '1.2', clientType: 'Openapi' },
};

export const scpError = (status: number, code: string, detail: string) => ({
  status,
  body: { errors: [{ status, code, title: code, detail }] },
});

/** Answers the page's proxy calls with the handler (404 otherwise); every call is recorded. */
export function fakeScp(handler: (call: ScpCall) => ProxyReply | undefined): ScpCall[] {
  return fakeProxy({
    connectionId: CONNECTION.id,
    handler,
    fallback: () => scpError(404, 'NOT_FOUND', 'No such route in this test.'),
  });
}

export const renderScp = (ui: ReactNode, path: string, connection: CurrentConnection = CONNECTION) =>
  renderConnectionPage(ui, path, connection);

export const DATE = '2026-03-02T09:00:00Z';
const audit = { created_at: DATE, created_by: 'admin-id', modified_at: DATE, modified_by: 'admin-id' };

export const accessKey = (id: string, over: Record<string, unknown> = {}) => ({
  ...audit,
  access_key: `AK-${id}`,
  access_key_type: 'PERMANENT',
  account_id: ACCOUNT,
  description: null,
  expiration_timestamp: '9999-12-31T23:59:59Z',
  id,
  is_enabled: true,
  parent_access_key_id: null,
  secret_key: '********',
  ...over,
});

export const user = (id: string, userName: string, over: Record<string, unknown> = {}) => ({
  ...audit,
  account_id: ACCOUNT,
  email: `${userName}@example.com`,
  email_authenticated: true,
  id,
  password_reuse_count: 3,
  phone_authenticated: false,
  policies: [],
  state: 'ACTIVE',
  type: 'IAM',
  user_name: userName,
  groups: [],
  ...over,
});

export const group = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  ...audit,
  description: null,
  domain_name: 'scp',
  id,
  members: [],
  name,
  policies: [],
  roles: [],
  type: 'USER_DEFINED',
  ...over,
});

export const member = (userId: string, userName: string) => ({
  created_at: DATE,
  created_by: 'admin-id',
  creator_created_at: DATE,
  user_created_at: DATE,
  user_id: userId,
  user_name: userName,
  user_email: `${userName}@example.com`,
});

export const page = (count: number, p = 0, size = 20, sort = 'created_at:asc') => ({
  count,
  page: p,
  size,
  sort: [sort],
});
