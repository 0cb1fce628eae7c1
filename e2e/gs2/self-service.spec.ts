import { expect, test } from '@playwright/test';
import { secretFromOtpauthUri } from '../../src/lib/otp/otpauth-uri';
import { totpCode } from '../../src/lib/otp/totp';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openGs2 } from './gs2-helpers';

/** A demo user with a password and AdministratorAccess, so GS2 lets them change their own MFA. */
const USER = 'noah.shimizu';
const PASSWORD = 'tessera-demo-password';

test('self-service MFA: an operator copies the link, the GS2 user signs in elsewhere, enrols and removes their MFA', async ({
  page,
  browser,
}) => {
  // Through the list: a deep link to a name with a dot is not served as the SPA (see static-files).
  await openGs2(page, 'users');
  await page.getByRole('link', { name: USER }).click();
  await page.getByRole('link', { name: 'Password & MFA' }).click();
  await expect(page.getByTestId('gs2-password-state')).toContainText('Password, no MFA');
  await page.getByRole('button', { name: 'Copy self-service link' }).click();
  const link = await page.getByTestId('gs2-self-service-link').inputValue();
  expect(link).toMatch(/\/self-service\/gs2\/[A-Za-z0-9_-]{43}$/);
  await closeToasts(page);
  await expectAccessible(page, 'GS2 password tab with a self-service link');

  // The GS2 user: another browser, no operator session.
  const context = await browser.newContext();
  const user = await context.newPage();
  await user.goto(link);
  await expect(user.getByRole('heading', { name: 'GS2 MFA self-service', level: 1 })).toBeVisible();
  await expect(user.getByLabel(/^GS2 user name/)).toHaveValue(USER);
  await expectAccessible(user, 'GS2 self-service sign-in');
  await user.getByLabel(/^Password/).fill('not-the-password');
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user.getByRole('alert')).toContainText('Incorrect user name or password.');
  // Keyboard only: Enter in the password field submits.
  await user.getByLabel(/^Password/).fill(PASSWORD);
  await user.getByLabel(/^Password/).press('Enter');
  await expect(user.getByTestId('self-service-mfa-state')).toContainText('MFA is off');

  await user.getByRole('button', { name: 'Begin set-up' }).click();
  const uri = (await user.locator('[data-qr-value]').getAttribute('data-qr-value')) ?? '';
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  const secret = secretFromOtpauthUri(uri) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expectAccessible(user, 'GS2 self-service enrolment');
  await user.getByLabel('Code from the app').fill(totpCode(secret));
  await user.getByRole('button', { name: 'Confirm' }).click();
  await expect(user.getByTestId('self-service-mfa-state')).toContainText('MFA is on');
  // Nothing the user can reach outside their own MFA: the operator console answers "not signed in".
  expect((await user.request.get('/api/connections')).status()).toBe(401);

  // The operator sees what the user did.
  await page.reload();
  await expect(page.getByTestId('gs2-password-state')).toContainText('MFA enabled');

  await user.getByRole('button', { name: 'Remove MFA' }).click();
  await user.getByRole('dialog').getByRole('button', { name: 'Remove MFA' }).click();
  await expect(user.getByTestId('self-service-mfa-state')).toContainText('MFA is off');
  await user.getByRole('button', { name: 'Sign out' }).click();
  await expect(user.getByText('You are signed out')).toBeVisible();

  await user.goto(link.replace(/[A-Za-z0-9_-]{43}$/, 'x'.repeat(43)));
  await expect(user.getByRole('alert')).toContainText('This link is not valid');
  await context.close();
});
