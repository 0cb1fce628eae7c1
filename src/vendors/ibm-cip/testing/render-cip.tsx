import type { ReactNode } from 'react';
import type { CurrentConnection } from '@/lib/connection-context';
import { fakeProxy, renderConnectionPage, type ProxyCall, type ProxyReply } from '@/testing/vendor-page';

/** One recorded call; `form` holds a form body, `json` a JSON one. */
export type CipCall = ProxyCall;

export const CONNECTION: CurrentConnection = { id: 'c1', vendor: 'ibm-cip', name: 'Demo CIP', settings: {} };

export const ok = { body: { status: 'success' } };

/** A classic error body (Chapter 5). */
export const cipError = (status: number, message: string, developerMessage: string) => ({
  status,
  body: { status, code: status, message, developerMessage },
});

/** Answers the page's proxy calls with the handler; every call is recorded for assertions. */
export function fakeCip(handler: (call: CipCall) => ProxyReply | undefined): CipCall[] {
  return fakeProxy({
    connectionId: CONNECTION.id,
    pathPrefix: '/GmaApi',
    handler,
    fallback: () => cipError(404, 'NotFound', 'test: no such route'),
  });
}

/** Renders a page at a URL below the demo connection, the way the connection shell does. */
export const renderCip = (ui: ReactNode, path: string) => renderConnectionPage(ui, path, CONNECTION);

export const gonzalez = {
  uid: 'ggonzalez',
  gtwayUUID: '68567181-2cf1-4b2b-bc10-6d6f05afb8e7',
  cn: 'Gordita Guanabana Gonzalez',
  givenName: 'Gordita',
  sn: 'Gonzalez',
  mail: 'gordita@gmail.com',
  gtwayUserType: 'usertype_default',
  gtwayIsManager: 'FALSE',
  gma_isAccount: 'true',
};
