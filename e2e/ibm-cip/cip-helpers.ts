import type { Page } from '@playwright/test';
import { openDemoConnection } from '../support/demo-connection';

export { closeToasts, uniqueName } from '../support/demo-connection';

/** Signs in a fresh admin and opens the stack's demo IBM CIP connection at `subpath`. */
export const openCip = (page: Page, subpath: string): Promise<string> =>
  openDemoConnection(page, 'ibm-cip', subpath);
