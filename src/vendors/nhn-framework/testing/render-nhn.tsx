import type { ReactNode } from 'react';
import type { CurrentConnection } from '@/lib/connection-context';
import { fakeProxy, renderConnectionPage, type ProxyCall, type ProxyReply } from '@/testing/vendor-page';

export type NhnCall = ProxyCall;

export const CONNECTION: CurrentConnection = {
  id: 'c1',
  vendor: 'nhn-framework',
  name: 'Demo NHN',
  settings: { orgId: 'ORG1', userAccessKeyId: 'OWNKEY' },
};

export const ok = (fields: Record<string, unknown> = {}) => ({
  header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
  ...fields,
});

/** A failure as NHN sends it: in the header, with HTTP 200 unless told otherwise. */
export const failure = (resultCode: number, resultMessage: string) => ({
  header: { isSuccessful: false, resultCode, resultMessage },
});

/** Answers the page's proxy calls with the handler; every call is recorded for assertions. */
export function fakeNhn(handler: (call: NhnCall) => ProxyReply | undefined): NhnCall[] {
  return fakeProxy({
    connectionId: CONNECTION.id,
    handler,
    fallback: () => ({ body: failure(60003, 'No data.') }),
  });
}

/** Renders a page at a URL below the demo connection, the way the connection shell does. */
export const renderNhn = (ui: ReactNode, path: string) => renderConnectionPage(ui, path, CONNECTION);

const DATE = '2026-03-02T09:00:00.000+00:00';

export const project = (projectId: string, projectName: string) => ({
  orgId: 'ORG1',
  projectId,
  projectName,
  projectStatusCode: 'STABLE',
  regDateTime: DATE,
});

export const projectMember = (uuid: string, memberName: string) => ({
  uuid,
  memberName,
  maskingEmail: `${memberName.slice(0, 2)}***@example.com`,
  memberTypeCode: 'TOAST_CLOUD',
  relationDateTime: DATE,
  statusCode: 'COMPLETE',
});

export const orgMember = (uuid: string, memberName: string, over: Record<string, unknown> = {}) => ({
  email: `${memberName}@example.com`,
  joinYmdt: DATE,
  maskingEmail: `${memberName.slice(0, 2)}***@example.com`,
  memberName,
  memberTypeCode: 'TOAST_CLOUD',
  memberUuid: uuid,
  inviteStatusCode: 'COMPLETE',
  recentLoginYmdt: null,
  secondFactorCertificationYn: 'Y',
  ...over,
});

export const paging = (totalCount: number, page = 1, limit = 25) => ({ page, limit, totalCount });
