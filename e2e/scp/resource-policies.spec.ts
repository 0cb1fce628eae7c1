import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection } from '../support/demo-connection';

test('resource-based policy: built SRN opens the demo server’s policy; a statement is added and removed', async ({
  page,
}) => {
  await openDemoConnection(page, 'scp', 'resource-policies');
  await expect(page.getByRole('heading', { name: 'Resource-based policies', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Account ID')).not.toHaveValue('');
  await page.getByLabel('Resource ID').fill('web-01');
  await expect(page.getByLabel('SRN', { exact: true })).toHaveValue(
    /^srn:emulator::[^:]+:kr-west1::virtualserver:virtual-server\/web-01$/,
  );
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(/srn=/);
  await expect(page.getByRole('button', { name: 'Remove Statement1' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP resource-based policy');

  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.monaco-editor').first()).toContainText('Statement2');
  await page.getByRole('button', { name: 'Save statement' }).click();
  await expect(page.getByRole('button', { name: 'Remove Statement2' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove Statement2' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove Statement2' }).click();
  await expect(page.getByRole('button', { name: 'Remove Statement2' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Remove Statement1' })).toBeVisible();
});

test('resource-based policy: a whole document saved on a resource without one, then the policy deleted', async ({
  page,
}) => {
  await openDemoConnection(page, 'scp', 'resource-policies');
  await page.getByLabel('Resource ID').fill(`doc-${String(Date.now())}`);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText('No policy on this resource')).toBeVisible();
  await page.getByRole('button', { name: 'Edit whole document' }).click();
  await expect(page.locator('.monaco-editor').first()).toContainText('Statement1');
  await page.getByRole('button', { name: 'Save document' }).click();
  await expect(page.getByRole('button', { name: 'Remove Statement1' })).toBeVisible();
  await closeToasts(page);

  await page.getByRole('button', { name: 'Delete policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the policy on this resource?' });
  await expectAccessible(page, 'SCP delete resource policy');
  await dialog.getByRole('button', { name: 'Delete policy' }).click();
  await expect(page.getByText('No policy on this resource')).toBeVisible();
});
