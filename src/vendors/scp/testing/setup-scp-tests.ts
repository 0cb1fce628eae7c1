import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { giveTablesLayout } from '@/components/data-table/testing/table-layout';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';

/**
 * Component-test setup for SCP pages: <dialog> modals, a size for DataTable's scroll area (jsdom does no
 * layout, so its virtualiser would render no rows), fresh storage and fetch stubs per test.
 */
export function setupScpTests(): void {
  let removeLayout: () => void;
  beforeAll(() => {
    installDialogPolyfill();
    removeLayout = giveTablesLayout();
  });
  afterAll(() => removeLayout());
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());
}
