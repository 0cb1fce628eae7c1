import { expect, test } from '@playwright/test';
import { paths } from '../../src/app/paths';
import { expectAccessible } from '../support/a11y';
import { readyOperator } from '../operators/operator-api';
import { signInAt } from '../operators/ui';

test('an admin tests a demo connection, creates one, sees the vendor refuse it, and deletes it', async ({
  page,
}) => {
  const admin = await readyOperator('admin');
  await signInAt(page, admin.username, admin.password, paths.connections.href());
  await expect(page.getByRole('heading', { name: 'Connections', level: 1 })).toBeVisible();

  // npm start's demo connection to the NHN ROLE emulator works out of the box.
  const demoRow = page.getByRole('row', { name: /NHN Cloud ROLE/ }).first();
  await expect(demoRow).toBeVisible();
  const emulatorUrl = (await demoRow.getByRole('cell').nth(2).textContent())?.trim() ?? '';
  expect(emulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  await demoRow.getByRole('button', { name: /Test connection/ }).click();
  await expect(demoRow.getByRole('status')).toContainText('Connected in');
  await expectAccessible(page, 'connections list');

  await page.getByRole('link', { name: 'New connection' }).click();
  await page.getByLabel(/^Vendor/).selectOption('nhn-role');
  await page.getByLabel(/^Name/).fill('e2e wrong secret');
  await page.getByLabel(/^Base URL/).fill(emulatorUrl);
  await page.getByLabel(/^AppKey/).fill('e2e-app');
  await page
    .getByLabel(/^Secret key/, { exact: false })
    .first()
    .fill('not-the-secret');
  await expectAccessible(page, 'connection form');
  await page.getByRole('button', { name: 'Save' }).click();

  const row = page.getByRole('row', { name: /e2e wrong secret/ });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /Test connection/ }).click();
  await expect(row.getByRole('status')).toContainText('Connection failed');

  await row.getByRole('button', { name: 'Delete: e2e wrong secret' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByRole('textbox').fill('e2e wrong secret');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);

  // The secret typed into the form never comes back from the server.
  const body = await page.evaluate(async () => (await fetch('/api/connections')).text());
  expect(body).not.toContain('not-the-secret');
});
