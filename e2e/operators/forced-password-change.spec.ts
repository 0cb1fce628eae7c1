import { expect, test } from '@playwright/test';
import { paths } from '../../src/app/paths';
import { expectAccessible } from '../support/a11y';
import { createOperator, withAdmin } from './operator-api';
import { signInAt, signInWithPassword, signOut } from './ui';

test('a new operator must replace the one-time password before anything else', async ({ page }) => {
  const created = await withAdmin((admin) => createOperator(admin, 'operator'));

  await signInAt(page, created.username, created.oneTimePassword, paths.audit.href());
  await expect(page).toHaveURL(/\/change-password\?next=%2Faudit/);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page, 'change password');

  // The gate keeps sending the operator back until the password is changed.
  await page.goto(paths.operators.href());
  await expect(page).toHaveURL(/\/change-password/);

  await page.getByLabel('Current password').fill(created.oneTimePassword);
  await page.getByLabel(/^New password/).fill('short');
  await page.getByLabel('Repeat the new password').fill('different');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(page.getByText('The two new passwords differ.')).toBeVisible();

  await page.getByLabel('Current password').fill('wrong current password');
  await page.getByLabel(/^New password/).fill('a fresh long passphrase');
  await page.getByLabel('Repeat the new password').fill('a fresh long passphrase');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('The current password is not correct.')).toBeVisible();

  await page.getByLabel('Current password').fill(created.oneTimePassword);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  // Back to the last page asked for, which an operator may not use: the server says so.
  await expect(page).toHaveURL(/\/operators$/);
  await expect(page.getByText('The operator role cannot do this', { exact: false })).toBeVisible();

  await signOut(page);
  await signInWithPassword(page, created.username, created.oneTimePassword);
  await expect(page.getByRole('alert'), 'the one-time password is spent').toHaveText(
    'Incorrect username or password.',
  );
  await signInWithPassword(page, created.username, 'a fresh long passphrase');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});
