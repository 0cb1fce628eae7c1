import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection } from '../support/demo-connection';

test('service accounts: filtered list, a password revealed on request and hidden again', async ({ page }) => {
  await openDemoConnection(page, 'scp', 'service-accounts');
  await expect(page.getByRole('heading', { name: 'Service accounts', level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'svc-backup' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP service accounts');

  await page
    .getByRole('search', { name: 'Service account filters' })
    .getByLabel('Service')
    .fill('objectstorage');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/service=objectstorage/);
  await expect(page.getByRole('rowheader', { name: 'svc-object-storage' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'svc-backup' })).toBeHidden();

  // The list never carries a password; the reveal reads it through the audited detail route.
  const detail = page.waitForResponse((r) =>
    /\/v1\/service-accounts\/[^/?]+$/.test(new URL(r.url()).pathname),
  );
  await page.getByRole('button', { name: 'Reveal password: svc-object-storage' }).click();
  expect((await detail).ok()).toBe(true);
  await expect(page.getByLabel('Password of svc-object-storage')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Hide password' }).click();
  await expect(page.getByLabel('Password of svc-object-storage')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reveal password: svc-object-storage' })).toBeVisible();
});
