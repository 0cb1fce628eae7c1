import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { CurrentConnection } from '@/lib/connection-context';
import { giveTablesLayout } from '@/components/data-table/testing/table-layout';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import { renderConnectionPage } from '@/testing/vendor-page';
import { createRoleEmulator } from '../emulator';

export type RoleEmulator = Awaited<ReturnType<typeof createRoleEmulator>>;
export type RecordedCall = { method: string; path: string; body: unknown };

/**
 * Component tests talk to a real in-memory ROLE emulator (demo seed by default) through a stubbed fetch
 * that plays Tessera's proxy: it strips `/api/proxy/<id>`, adds the secret key and forwards the call.
 * Pages thus meet the vendor's real answers, failures in a 200 included.
 */
export async function emulatorPage(opts: { seed?: boolean } = {}) {
  installDialogPolyfill();
  const undoLayout = giveTablesLayout({ size: 1200, classes: ['dt-scroll', 'mx-scroll'] });
  const emulator = await createRoleEmulator({ seed: opts.seed ?? true });
  const { appKey, secretKey } = emulator.store.tenant();
  const connection: CurrentConnection = {
    id: 'c1',
    vendor: 'nhn-role',
    name: 'Demo ROLE',
    settings: { appKey },
  };
  const calls: RecordedCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://x',
      );
      const path = url.pathname.replace(/^\/api\/proxy\/c1/, '') + url.search;
      const body = typeof init.body === 'string' ? init.body : undefined;
      calls.push({
        method: init.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        body: body && JSON.parse(body),
      });
      return emulator.app.request(path, {
        method: init.method ?? 'GET',
        headers: { 'Content-Type': 'application/json', 'X-Secret-Key': secretKey },
        ...(body === undefined ? {} : { body }),
      });
    }),
  );
  return {
    emulator,
    appKey,
    calls,
    render: (ui: ReactNode, path: string) => renderConnectionPage(ui, path, connection),
    /** Calls the emulator directly, e.g. to change data behind the page's back. */
    call: async (method: string, path: string, body?: unknown) => {
      const res = await emulator.app.request(`/role/v3.0/appkeys/${appKey}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Secret-Key': secretKey },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return (await res.json()) as { header: { isSuccessful: boolean; resultCode: number } } & Record<
        string,
        unknown
      >;
    },
    close: () => {
      undoLayout();
      emulator.close();
    },
  };
}
