import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';

const sizes = ['clientHeight', 'clientWidth'] as const;

/**
 * Component-test setup for SCP pages: <dialog> modals, a size for DataTable's scroll area (jsdom does no
 * layout, so its virtualiser would render no rows), fresh storage and fetch stubs per test.
 */
export function setupScpTests(): void {
  beforeAll(() => {
    installDialogPolyfill();
    for (const p of sizes)
      Object.defineProperty(HTMLElement.prototype, p, {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('dt-scroll') ? 360 : 0;
        },
      });
  });
  afterAll(() => {
    for (const p of sizes) Reflect.deleteProperty(HTMLElement.prototype, p);
  });
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());
}
