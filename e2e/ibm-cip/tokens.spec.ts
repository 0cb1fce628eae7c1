import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openCip } from './cip-helpers';

test('verification tokens: configure a passcode length, issue a token shown once, revoke it', async ({
  page,
}) => {
  await openCip(page, 'tokens/oneTimePasscodeToken');
  await expect(page.getByRole('heading', { name: 'Verification tokens', level: 1 })).toBeVisible();
  const config = page.getByRole('form', { name: 'Configuration of oneTimePasscodeToken' });
  await config.getByLabel(/^Passcode length/).fill('8');
  await config.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByText('Configuration of oneTimePasscodeToken saved')).toBeVisible();
  await closeToasts(page);
  await page.reload();
  await expect(page.getByLabel(/^Passcode length/)).toHaveValue('8');
  await expectAccessible(page, 'IBM CIP verification tokens');

  const issue = page.getByRole('form', { name: 'Issue a token for a user' });
  await issue.getByLabel('Token type').selectOption('oneTimePasscodeToken');
  await issue.getByLabel(/^User name/).fill('ggonzalez');
  await issue.getByRole('button', { name: 'Issue token' }).click();
  const shown = page.getByRole('dialog', { name: 'New oneTimePasscodeToken' });
  await expect(shown.getByText(/For ggonzalez\./)).toBeVisible();
  await expectAccessible(page, 'IBM CIP issued token');
  await shown.getByRole('button', { name: 'Reveal' }).click();
  const value = (await shown.getByRole('list', { name: 'Token value' }).innerText()).trim();
  expect(value).toMatch(/^\d{8}$/);
  await shown.getByLabel('I have stored it in a safe place').check();
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();

  const revoke = page.getByRole('form', { name: 'Revoke a token' });
  for (const expected of ['Token revoked', /not found/]) {
    await revoke.getByLabel('Token value').fill(value);
    await revoke.getByRole('button', { name: 'Revoke token' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    if (expected === 'Token revoked') await expect(page.getByText(expected)).toBeVisible();
    else {
      // A revoked token is gone: the vendor's refusal stays in the dialog.
      await expect(confirm.getByText(expected)).toBeVisible();
      await confirm.getByRole('button', { name: 'Cancel' }).click();
    }
  }
});
