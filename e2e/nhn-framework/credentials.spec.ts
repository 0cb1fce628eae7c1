import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

/** Acknowledges the secret dialog and returns the access key ID it names. */
async function storeSecret(page: Page): Promise<string> {
  const shown = page.getByRole('dialog', { name: 'Store the secret access key' });
  await expect(shown).toBeVisible();
  const text = (await shown.getByText(/^For access key /).textContent()) ?? '';
  const keyId = /^For access key (\S+)\./.exec(text)?.[1];
  if (!keyId) throw new Error(`no key ID in "${text}"`);
  await shown.getByRole('checkbox').check();
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toHaveCount(0);
  return keyId;
}

test('access keys: a secret shown once, a reissue, tokens expired, the members inventory', async ({
  page,
}) => {
  const id = await openDemoConnection(page, 'nhn-framework', 'access-keys');
  await page.getByRole('button', { name: 'Register access key' }).click();
  const form = page.getByRole('dialog', { name: 'Register access key' });
  await form.getByLabel(/Token lifetime/).fill('600');
  await form.getByRole('button', { name: 'Register access key' }).click();
  const keyId = await storeSecret(page);

  // The list shows masked secrets only; a reissue shows the new secret once more.
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: keyId }) });
  await row.getByRole('button', { name: 'Reissue secret' }).click();
  const reissue = page.getByRole('dialog', { name: `Reissue the secret of ${keyId}?` });
  await reissue.getByRole('checkbox', { name: /expire the tokens/ }).check();
  await reissue.getByRole('button', { name: 'Reissue secret' }).click();
  expect(await storeSecret(page)).toBe(keyId);
  await row.getByRole('button', { name: 'Delete' }).click();
  const del = page.getByRole('dialog', { name: `Delete access key ${keyId}?` });
  await del.getByRole('textbox').fill(keyId);
  await del.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('rowheader', { name: keyId })).toHaveCount(0);

  // The connection's own key: its tokens, one expired by hand; the proxy signs in again by itself.
  const own = page.getByRole('row').filter({ hasText: 'Used by this connection' });
  await own.getByRole('link', { name: /^Tokens: / }).click();
  await expect(page).toHaveURL(/\/access-keys\/[A-Za-z0-9]+\/tokens$/);
  const grid = page.getByRole('grid', { name: /^Tokens of / });
  await expect(grid.getByText('Active').first()).toBeVisible();
  await expectAccessible(page, 'NHN tokens of a key');
  await grid
    .getByRole('checkbox', { name: /^Select (?!all)/ })
    .first()
    .check();
  await page.getByRole('button', { name: 'Expire 1 selected' }).click();
  const expire = page.getByRole('dialog', { name: 'Expire 1 token?' });
  await expect(expire.getByText(/signs in again by itself/)).toBeVisible();
  await expire.getByRole('button', { name: 'Expire' }).click();
  await expect(page.getByText('1 token expired.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('EXPIRED');
  await expect(page).toHaveURL(/EXPIRED/);
  await expect(grid.getByText('Expired').first()).toBeVisible();
  await closeToasts(page);

  await page.goto(`/c/${id}/access-keys/members`);
  const inventory = page.getByRole('grid', { name: "Members' credentials" });
  await expect(inventory.getByText(/days?$/).first()).toBeVisible();
  await expectAccessible(page, "NHN members' credentials");
});

test('project AppKeys: register with an alias, delete after typing the key', async ({ page }) => {
  const id = await openDemoConnection(page, 'nhn-framework', 'projects');
  await page.getByRole('link', { name: 'Data Platform' }).click();
  await page.getByRole('link', { name: 'AppKeys' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/projects/[A-Za-z0-9]+/app-keys$`));
  await page.getByRole('button', { name: 'Register AppKey' }).click();
  const form = page.getByRole('dialog', { name: 'Register AppKey' });
  await form.getByLabel(/Alias/).fill(uniqueName('batch'));
  await form.getByRole('button', { name: 'Register AppKey' }).click();
  const toast = page.getByText(/^AppKey \S+ registered\.$/);
  const appKey = /^AppKey (\S+) registered/.exec((await toast.textContent()) ?? '')?.[1] ?? '';
  await expect(page.getByRole('rowheader', { name: appKey })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'NHN project AppKeys');
  await page.getByRole('button', { name: `Delete ${appKey}` }).click();
  const del = page.getByRole('dialog', { name: `Delete AppKey ${appKey}?` });
  await del.getByRole('textbox').fill(appKey);
  await del.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('rowheader', { name: appKey })).toHaveCount(0);
});
