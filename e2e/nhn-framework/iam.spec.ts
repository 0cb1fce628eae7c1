import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection } from '../support/demo-connection';

test('IAM members: create one, then see the IAM accounts of a project', async ({ page }) => {
  const id = await openDemoConnection(page, 'nhn-framework', 'iam-members');
  await expect(page.getByRole('heading', { name: 'IAM members', level: 1 })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'IAM members' }).getByRole('row').nth(1)).toBeVisible();
  await expectAccessible(page, 'NHN IAM members');
  const userCode = `e2e-${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'Create IAM member' }).click();
  const form = page.getByRole('dialog', { name: 'Create IAM member' });
  await form.getByLabel(/Sign-in ID/).fill(userCode);
  await form.getByLabel(/^Name/).fill('E2E Account');
  await form.getByLabel(/^Email/).fill(`${userCode}@example.com`);
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(`IAM member ${userCode} created.`)).toBeVisible();
  await closeToasts(page);

  await page.goto(`/c/${id}/projects`);
  await page.getByRole('link', { name: 'Live Ops' }).click();
  await page.getByRole('link', { name: 'IAM accounts' }).click();
  await expect(page.getByRole('grid', { name: 'IAM accounts of the project' })).toBeVisible();
  await expectAccessible(page, 'NHN project IAM accounts');
});
