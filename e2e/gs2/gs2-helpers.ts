import type { Page } from '@playwright/test';
import { openDemoConnection } from '../support/demo-connection';

export { closeToasts, uniqueName } from '../support/demo-connection';

/** Signs in a fresh admin and opens the stack's demo GS2 connection at `subpath`. */
export const openGs2 = (page: Page, subpath: string): Promise<string> =>
  openDemoConnection(page, 'gs2', subpath);
