import { expect, type Page } from '@playwright/test';
import { readyOperator } from '../operators/operator-api';
import { signInAt } from '../operators/ui';

/** Signs in a fresh admin and finds the stack's demo GS2 connection (one per emulator). */
export async function openGs2(page: Page, subpath: string): Promise<string> {
  const admin = await readyOperator('admin');
  await signInAt(page, admin.username, admin.password, '/connections');
  await expect(page.getByRole('heading', { name: 'Connections', level: 1 })).toBeVisible();
  const res = await page.request.get('/api/connections');
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: { id: string; vendor: string }[] };
  const gs2 = body.items.find((c) => c.vendor === 'gs2');
  if (!gs2) throw new Error('the stack has no demo GS2 connection');
  await page.goto(`/c/${encodeURIComponent(gs2.id)}/${subpath}`);
  return gs2.id;
}

export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;

/**
 * Closes open toasts before an axe run: the shared Toaster gives its `<li>` items a status/alert role,
 * which axe reports as a broken list; that is the toaster's own issue, not the page under test.
 */
export async function closeToasts(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await buttons.count()) > 0) await buttons.first().click();
}
