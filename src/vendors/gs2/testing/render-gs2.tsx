import type { ReactNode } from 'react';
import type { CurrentConnection } from '@/lib/connection-context';
import { fakeProxy, renderConnectionPage, type ProxyCall, type ProxyReply } from '@/testing/vendor-page';

export type Gs2Call = ProxyCall;

export const CONNECTION: CurrentConnection = { id: 'c1', vendor: 'gs2', name: 'Demo GS2', settings: {} };

/** A GS2 error body: the message is a JSON string holding the list of request errors. */
export const gs2Error = (component: string, message: string) => ({
  message: JSON.stringify([{ component, message }]),
});

/** Answers the page's proxy calls with the handler; every call is recorded for assertions. */
export function fakeGs2(handler: (call: Gs2Call) => ProxyReply | undefined): Gs2Call[] {
  return fakeProxy({
    connectionId: CONNECTION.id,
    handler,
    fallback: () => ({ status: 404, body: gs2Error('test', 'test.route.error.notFound') }),
  });
}

/** Renders a page at a URL below the demo connection, the way the connection shell does. */
export const renderGs2 = (ui: ReactNode, path: string) => renderConnectionPage(ui, path, CONNECTION);

export const user = (name: string, over: Record<string, unknown> = {}) => ({
  userId: `grn:gs2::owner:identifier:user:${name}`,
  name,
  description: null,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  revision: 0,
  ...over,
});
