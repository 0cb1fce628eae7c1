import { expect, type Page } from '@playwright/test';
import { readyOperator } from '../operators/operator-api';
import { signInAt } from '../operators/ui';

/** Signs in a fresh admin and opens the stack's demo IBM CIP connection (one per emulator). */
export async function openCip(page: Page, subpath: string): Promise<string> {
  const admin = await readyOperator('admin');
  await signInAt(page, admin.username, admin.password, '/connections');
  await expect(page.getByRole('heading', { name: 'Connections', level: 1 })).toBeVisible();
  const res = await page.request.get('/api/connections');
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: { id: string; vendor: string }[] };
  const cip = body.items.find((c) => c.vendor === 'ibm-cip');
  if (!cip) throw new Error('the stack has no demo IBM CIP connection');
  await page.goto(`/c/${encodeURIComponent(cip.id)}/${subpath}`);
  return cip.id;
}

export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${String(Math.floor(Math.random() * 1e4))}`;

/** Toasts are transient; they are closed before an axe run so each run sees the page itself. */
export async function closeToasts(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await buttons.count()) > 0) await buttons.first().click();
}
