import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

test('users: SCP filters in the URL, create with a group and the password once, detail tabs, bulk delete', async ({
  page,
}) => {
  test.slow();
  await openDemoConnection(page, 'scp', 'users');
  await expect(page.getByRole('heading', { name: 'IAM users', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'minjun.kim' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP users list');

  const filters = page.getByRole('search', { name: 'Filters' });
  await filters.getByRole('searchbox', { name: 'User name' }).fill('park');
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('link', { name: 'jiho.park' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'minjun.kim' })).toBeHidden();
  expect(page.url()).toContain('park');
  await page.reload();
  await expect(page.getByRole('link', { name: 'jiho.park' })).toBeVisible();
  await expect(filters.getByRole('searchbox', { name: 'User name' })).toHaveValue('park');
  await filters.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByRole('link', { name: 'minjun.kim' })).toBeVisible();

  const name = uniqueName('e2e.user');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByLabel(/^User name/).fill(name);
  await dialog.getByLabel(/^Password/).fill('E2e-Password-1');
  await dialog.getByRole('checkbox', { name: 'Contractors' }).check();
  await expectAccessible(page, 'SCP create user dialog');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  const secret = page.getByRole('dialog', { name: 'Give the user their password' });
  await secret.getByRole('button', { name: 'Reveal' }).click();
  await expect(secret).toContainText('E2e-Password-1');
  await secret.getByRole('checkbox', { name: /stored it/ }).check();
  await secret.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP user overview');

  await page.getByRole('link', { name: 'Groups' }).last().click();
  await expect(page.getByRole('link', { name: 'Contractors' })).toBeVisible();
  await page.getByRole('link', { name: 'Policies', exact: true }).last().click();
  await page.getByRole('checkbox', { name: /ViewerAccess/ }).check();
  await page.getByRole('button', { name: 'Attach policies' }).click();
  await expect(page.getByRole('rowheader', { name: 'ViewerAccess' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP user policies');
  await page.getByRole('link', { name: 'Security' }).click();
  await page.getByLabel(/^Password reuse count/).fill('30');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a whole number from 0 to 24.').first()).toBeVisible();
  await page.getByLabel(/^Password reuse count/).fill('5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByLabel(/^New password/).fill('E2e-Password-2');
  await page.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByText('Password reset.')).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP user security');

  await page.getByRole('link', { name: 'All users' }).click();
  await filters.getByRole('searchbox', { name: 'User name' }).fill(name);
  await filters.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Delete 1 selected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete 1 selected' }).click();
  await expect(page.getByText('1 of 1 done')).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeHidden();
});
