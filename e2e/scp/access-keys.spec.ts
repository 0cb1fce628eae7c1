import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';
import { readOtp } from './scp-helpers';

const rowOf = (page: Page, accessKey: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: accessKey }) });

/** Creates a permanent key in the UI and reads its secret from the once-only dialog. */
async function createKey(page: Page, description: string) {
  await page.getByRole('button', { name: 'Create permanent key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create permanent key' });
  await dialog.getByLabel('Description').fill(description);
  await dialog.getByRole('spinbutton', { name: 'Years' }).fill('1');
  await expect(dialog.getByText('Sent as P1Y.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create permanent key' }).click();
  const secret = page.getByRole('dialog', { name: 'Store the secret key' });
  await expect(secret).toBeVisible();
  const accessKey = /For access key (\S+)\./.exec((await secret.textContent()) ?? '')?.[1] ?? '';
  await secret.getByRole('button', { name: 'Reveal' }).click();
  await expect(secret.getByRole('button', { name: 'Hide' })).toBeVisible();
  const secretKey = ((await secret.getByRole('list', { name: 'Secret key' }).textContent()) ?? '').trim();
  expect(accessKey).not.toBe('');
  expect(secretKey.length).toBeGreaterThan(10);
  await secret.getByRole('checkbox', { name: /stored it/ }).check();
  await secret.getByRole('button', { name: 'Done' }).click();
  return { accessKey, secretKey };
}

test('access keys: secret shown once and never again, OTP temporary key, rotation that survives a reload, bulk delete', async ({
  page,
}) => {
  test.slow();
  await openDemoConnection(page, 'scp', 'access-keys');
  await expect(page.getByRole('heading', { name: 'Access keys', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Access keys' })).toContainText('Never');
  await expect(page.getByText('This connection')).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP access keys');

  const key = await createKey(page, uniqueName('e2e-key'));
  await expect(rowOf(page, key.accessKey)).toContainText('Hidden');
  expect(await page.content()).not.toContain(key.secretKey);
  await page.reload();
  await expect(rowOf(page, key.accessKey)).toBeVisible();
  expect(await page.content()).not.toContain(key.secretKey);

  // Temporary key: parent → code sent → code from the emulator's outbox → created, secret once.
  await page.getByRole('button', { name: 'Create temporary key' }).click();
  const temp = page.getByRole('dialog', { name: 'Create temporary key' });
  await expect(temp.getByLabel('Parent key')).toHaveValue(/.+/);
  await temp.getByRole('button', { name: 'Send code' }).click();
  await expect(temp.getByLabel(/One-time code/)).toBeVisible();
  await expectAccessible(page, 'SCP temporary key, code step');
  await temp.getByLabel(/One-time code/).fill('000000');
  await temp.getByRole('button', { name: 'Create temporary key' }).click();
  await expect(temp.getByRole('alert')).toContainText(/passcode/i);
  await temp.getByRole('button', { name: 'Send a new code' }).click();
  await temp.getByLabel(/One-time code/).fill(await readOtp(page, key));
  await temp.getByRole('button', { name: 'Create temporary key' }).click();
  const tempSecret = page.getByRole('dialog', { name: 'Store the secret key' });
  const tempKey = /For access key (\S+)\./.exec((await tempSecret.textContent()) ?? '')?.[1] ?? '';
  await tempSecret.getByRole('checkbox', { name: /stored it/ }).check();
  await tempSecret.getByRole('button', { name: 'Done' }).click();
  await expect(rowOf(page, tempKey)).toContainText('TEMPORARY');

  // Rotation of the e2e key, reloading in the middle.
  await rowOf(page, key.accessKey)
    .getByRole('link', { name: `Rotate ${key.accessKey}` })
    .click();
  await expect(
    page.getByRole('heading', { name: `Rotate access key ${key.accessKey}`, level: 1 }),
  ).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP rotation wizard');
  await page.getByRole('button', { name: 'Create the new key' }).click();
  await expect(page.getByRole('region', { name: 'Secret key' })).toBeVisible();
  expect(page.url()).toContain('step=show');
  await page.reload();
  await expect(page.getByText(/was shown once and is gone/)).toBeVisible();
  const newKey = /New key: (\S+)/.exec((await page.getByText(/^New key:/).textContent()) ?? '')?.[1] ?? '';
  expect(newKey).not.toBe('');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('checkbox', { name: /uses the new key/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Disable the old key' }).click();
  await expect(page).toHaveURL(/step=delete/);
  await page.reload();
  await page.getByRole('button', { name: 'Delete the old key' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(/Rotation finished/)).toBeVisible();
  await page.getByRole('link', { name: 'All access keys' }).first().click();
  await expect(rowOf(page, newKey)).toBeVisible();
  await expect(rowOf(page, key.accessKey)).toHaveCount(0);

  // Bulk delete with a result per key.
  await page.getByRole('checkbox', { name: `Select ${newKey}` }).check();
  await page.getByRole('button', { name: 'Delete 1 selected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete 1 selected' }).click();
  await expect(page.getByText('1 of 1 done')).toBeVisible();
  await expect(rowOf(page, newKey)).toHaveCount(0);
});
