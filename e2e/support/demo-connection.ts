import { expect, type Page } from '@playwright/test';
import { readyOperator } from '../operators/operator-api';
import { signInAt } from '../operators/ui';

/**
 * Signs in a fresh admin and opens the stack's demo connection of a vendor (npm start's stack makes one
 * per emulator) at `subpath`; returns the connection id.
 */
export async function openDemoConnection(page: Page, vendor: string, subpath: string): Promise<string> {
  const admin = await readyOperator('admin');
  await signInAt(page, admin.username, admin.password, '/connections');
  await expect(page.getByRole('heading', { name: 'Connections', level: 1 })).toBeVisible();
  const res = await page.request.get('/api/connections');
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: { id: string; vendor: string }[] };
  const connection = body.items.find((c) => c.vendor === vendor);
  if (!connection) throw new Error(`the stack has no demo ${vendor} connection`);
  await page.goto(`/c/${encodeURIComponent(connection.id)}/${subpath}`);
  return connection.id;
}

/** A name no earlier run used, so specs can create resources on the shared stack without clashes. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${String(Math.floor(Math.random() * 1e4))}`;

/** Toasts are transient; they are closed before an axe run so each run sees the page itself. */
export async function closeToasts(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await buttons.count()) > 0) await buttons.first().click();
}
