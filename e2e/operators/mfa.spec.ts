import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/app/paths';
import { secretFromOtpauthUri } from '../../src/lib/otp/otpauth-uri';
import { totpCode } from '../../src/lib/otp/totp';
import { expectAccessible } from '../support/a11y';
import { readyOperator } from './operator-api';
import { signInAt, signInWithPassword, signOut } from './ui';

/** Enrols MFA from the profile by reading the QR code's otpauth URI; returns the secret and recovery codes. */
async function enrol(page: Page, username: string): Promise<{ secret: string; codes: string[] }> {
  await page.goto(paths.profile.href());
  await page.getByRole('button', { name: 'Begin set-up' }).click();
  const qr = page.getByRole('img', { name: `QR code for ${username}` });
  await expect(qr).toBeVisible();
  await expect(qr, 'drawn locally as a data: image').toHaveAttribute('src', /^data:image\/svg\+xml/);
  const uri = (await page.locator('[data-qr-value]').getAttribute('data-qr-value')) ?? '';
  expect(uri).toMatch(new RegExp(`^otpauth://totp/Tessera:${username}\\?`));
  const secret = secretFromOtpauthUri(uri) ?? '';
  await expect(page.locator('[data-secret]'), 'the secret is also shown as text').toHaveAttribute(
    'data-secret',
    secret,
  );
  await expectAccessible(page, 'MFA enrolment');

  await page.getByLabel('Code from the app').fill('000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('That code does not match', { exact: false }).first()).toBeVisible();

  await page.getByLabel('Code from the app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  const list = page.getByRole('list', { name: 'Save your recovery codes' });
  await expect(list).toBeVisible();
  await page.getByRole('button', { name: 'Reveal' }).click();
  const codes = await list.getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  expect(codes[0]).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
  await page.getByLabel('I have stored it in a safe place').check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('10 recovery codes left.')).toBeVisible();
  return { secret, codes };
}

test('MFA enrolment from the QR code, then sign-in with a TOTP code that works once', async ({ page }) => {
  const op = await readyOperator('operator');
  await signInAt(page, op.username, op.password);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  const { secret } = await enrol(page, op.username);
  await signOut(page);

  await signInWithPassword(page, op.username, op.password);
  await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
  // The enrolment used the current step; the next step's code is still inside the ±1 window.
  const code = totpCode(secret, Date.now() + 30_000);
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await signOut(page);

  await signInWithPassword(page, op.username, op.password);
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert'), 'a replayed code is refused').toContainText('Codes work once');
});

test('sign-in with a recovery code when the device is lost; each code works once', async ({ page }) => {
  const op = await readyOperator('viewer');
  await signInAt(page, op.username, op.password);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  const { codes } = await enrol(page, op.username);
  const [first = ''] = codes;
  await signOut(page);

  await signInWithPassword(page, op.username, op.password);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(first);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await page.goto(paths.profile.href());
  await expect(page.getByText('9 recovery codes left.')).toBeVisible();
  await signOut(page);

  await signInWithPassword(page, op.username, op.password);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(first);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('Codes work once');
});
