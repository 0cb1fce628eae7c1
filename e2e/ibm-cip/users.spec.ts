import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openCip, uniqueName } from './cip-helpers';

test('users: search in the URL, duplicate create on the field, create, attributes, password, security questions, delete', async ({
  page,
}) => {
  await openCip(page, 'users?a.givenName=Gord*');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ggonzalez' })).toBeVisible();
  await expectAccessible(page, 'IBM CIP user search');

  // The vendor's duplicate-name refusal lands on the user name field.
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^User name/).fill('ggonzalez');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText(/already in use/)).toBeVisible();
  await expect(dialog.getByLabel(/^User name/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'IBM CIP create user dialog');

  const uid = uniqueName('e2e');
  await dialog.getByLabel(/^User name/).fill(uid);
  await dialog.getByLabel('Surname').fill('Tester');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name: uid, level: 1 })).toBeVisible();
  await expect(page.getByText('Tester', { exact: true }).first()).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'IBM CIP user attributes');

  // An attribute the record lacks is added (editUser), one it has is changed (PUT).
  await page.getByRole('button', { name: 'Edit attributes' }).click();
  await page.getByLabel('telephoneNumber', { exact: true }).fill('555-0100');
  await page.getByLabel('givenName', { exact: true }).fill('Eve');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('555-0100')).toBeVisible();
  await expect(page.getByText(`Eve Tester`).first()).toBeVisible();

  // A KBA answer set on a fresh user, then tested.
  await page.getByRole('link', { name: 'Security questions' }).click();
  await expect(page.getByText('No security questions answered')).toBeVisible();
  const setForm = page.getByRole('form', { name: 'Set an answer' });
  await setForm.getByLabel('Question').selectOption({ index: 1 });
  await setForm.getByLabel('Answer').fill('Rex');
  await setForm.getByRole('button', { name: 'Save answer' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  const testForm = page.getByRole('form', { name: 'Test an answer' });
  await testForm.getByLabel('Question').selectOption({ index: 1 });
  await testForm.getByLabel('Answer').fill(' rex ');
  await testForm.getByRole('button', { name: 'Test an answer' }).click();
  await expect(testForm.getByText('The answer is correct.')).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'IBM CIP security questions');

  await page.getByRole('button', { name: 'Delete user' }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByRole('textbox').fill(uid);
  await confirm.getByRole('button', { name: 'Delete user' }).click();
  await expect(page).toHaveURL(/\/users$/);
});

test('password tab of the demo user: last change, verify', async ({ page }) => {
  await openCip(page, 'users/ggonzalez/password');
  await expect(page.getByRole('heading', { name: 'Last password change' })).toBeVisible();
  const check = page.getByRole('form', { name: 'Verify a password' });
  await check.getByLabel(/^Password/).fill('core1234');
  await check.getByRole('button', { name: 'Verify' }).click();
  await expect(check.getByText('The password is correct.')).toBeVisible();
  await expectAccessible(page, 'IBM CIP password tab');
});
