import { expect, test } from '@playwright/test';
import { totpCode } from '../../src/lib/otp/totp';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openGs2, uniqueName } from './gs2-helpers';

test('users: list, prefix search in the URL, create with name rules, overview and delete with the cascade', async ({
  page,
}) => {
  await openGs2(page, 'users');
  await expect(page.getByRole('heading', { name: 'GS2 users', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'mina.sato' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 users list');

  await page.getByLabel('Search by name prefix').fill('yuki');
  await expect(page.getByRole('link', { name: 'mina.sato' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'yuki.yamamoto' })).toBeVisible();
  expect(page.url()).toContain('q=yuki');

  const name = uniqueName('e2e-user');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Name/).fill('has space');
  await expect(dialog.locator('.gs2-rule-bad')).toContainText('Only A–Z');
  await closeToasts(page);
  await expectAccessible(page, 'GS2 create user dialog');
  await dialog.getByLabel(/^Name/).fill(name);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 user overview');

  await page.getByLabel('Description').fill('made by e2e');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete user' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('credential');
  await expect(confirm).toContainText('security policy attachment');
  await confirm.getByRole('textbox').fill(name);
  await confirm.getByRole('button', { name: 'Delete user' }).click();
  await expect(page.getByRole('heading', { name: 'GS2 users', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeHidden();
});

test('credentials: the client secret is shown once and is gone after navigation and reload', async ({
  page,
}) => {
  await openGs2(page, 'users');
  const name = uniqueName('e2e-cred');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  await page.getByRole('dialog').getByLabel(/^Name/).fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('link', { name: 'Credentials' }).click();
  await expect(page.getByText('No credentials')).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 credentials tab');

  await page.getByRole('button', { name: 'Create credential' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'New credential' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 new credential secret');
  await dialog
    .getByRole('button', { name: /reveal|show/i })
    .first()
    .click();
  const secret = (await dialog.locator('code, input').first().textContent())?.trim() ?? '';
  await dialog.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: /done/i }).click();
  await expect(dialog).toBeHidden();

  const html = async () => page.content();
  if (secret.length > 8) expect(await html()).not.toContain(secret);
  await page
    .getByRole('navigation', { name: 'User sections' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await page.getByRole('link', { name: 'Credentials' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: /^Guards of/ })).toBeVisible();
  if (secret.length > 8) expect(await html()).not.toContain(secret);
  expect(page.url()).not.toContain(secret || 'never-empty');

  // Guards of the credential: attach by GRN (the format is checked before GS2 sees it), then detach.
  await page.getByRole('button', { name: /^Guards of/ }).click();
  await expect(page.getByText('No guard attached.')).toBeVisible();
  const grnField = page.getByLabel(/^Guard namespace GRN/);
  await grnField.fill('office-ip-only');
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(page.getByText(/Use grn:gs2:\{region\}/).first()).toBeVisible();
  const grn = 'grn:gs2:ap-northeast-1:owner-e2e:guard:office-ip-only';
  await grnField.fill(grn);
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(page.getByText(grn, { exact: true })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 credential guards');
  await page.getByRole('button', { name: `Detach ${grn}` }).click();
  await expect(page.getByText('No guard attached.')).toBeVisible();

  await page.getByRole('button', { name: /^Delete credential / }).click();
  const confirmDelete = page.getByRole('dialog');
  await expect(confirmDelete).toContainText('up to 10 hours');
  await confirmDelete.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No credentials')).toBeVisible();
});

test('password and MFA: create a password, enrol with the QR code URI read from the page, disable', async ({
  page,
}) => {
  await openGs2(page, 'users');
  const name = uniqueName('e2e-mfa');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  await page.getByRole('dialog').getByLabel(/^Name/).fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('link', { name: 'Password & MFA' }).click();
  await expect(page.getByTestId('gs2-password-state')).toContainText('No password');
  await closeToasts(page);
  await expectAccessible(page, 'GS2 password tab');

  await page
    .getByLabel(/^Password/)
    .first()
    .fill('tessera-demo-password');
  await page.getByLabel(/^Confirm password/).fill('tessera-demo-password');
  await page.getByRole('button', { name: 'Create password' }).click();
  await expect(page.getByTestId('gs2-password-state')).toContainText('Password, no MFA');

  await page.getByRole('button', { name: 'Begin set-up' }).click();
  const secret = (await page.locator('code[data-secret]').getAttribute('data-secret')) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expect(page.getByTestId('gs2-password-state')).toContainText('verifying');
  await closeToasts(page);
  await expectAccessible(page, 'GS2 MFA enrolment');
  await page.getByLabel('Code from the app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('gs2-password-state')).toContainText('MFA enabled');

  await page.getByRole('button', { name: 'Disable MFA' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Disable MFA' }).click();
  await expect(page.getByTestId('gs2-password-state')).toContainText('Password, no MFA');
});

test('policies: lists, GS2-defined view-only, attach in the user tab and check effective permissions', async ({
  page,
}) => {
  await openGs2(page, 'policies');
  await expect(page.getByRole('heading', { name: 'Security policies', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'AdministratorAccess' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 policies list');
  await page.getByRole('link', { name: 'AdministratorAccess' }).click();
  await expect(page.getByText('A GS2-defined policy: read-only.')).toBeVisible();

  await page.goto(page.url().replace(/\/policies\/.*$/, '/users/mina.sato/policies'));
  await expect(page.getByRole('heading', { name: 'Attached policies' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 user policies tab');
  await page.getByLabel('Action', { exact: true }).fill('Gs2Identifier:DescribeUsers');
  await expect(page.getByTestId('gs2-decision')).toBeVisible();
});
