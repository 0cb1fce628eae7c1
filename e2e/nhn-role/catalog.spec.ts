import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

/** Creates, edits and deletes one item of an ID + description list (operations and scopes share it). */
async function createEditDelete(page: Page, noun: string, idLabel: RegExp, id: string) {
  await page
    .getByRole('button', { name: `Create ${noun}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: `Create ${noun}` });
  await dialog.getByLabel(idLabel).fill('-bad-');
  await dialog.getByRole('button', { name: `Create ${noun}` }).click();
  await expect(dialog.getByText(/starting and ending with a letter or digit/).first()).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, `ROLE create ${noun} dialog`);
  await dialog.getByLabel(idLabel).fill(id);
  await dialog.getByLabel('Description').fill('made by e2e');
  await dialog.getByRole('button', { name: `Create ${noun}` }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('searchbox').fill(id);
  await expect(page.getByText('made by e2e')).toBeVisible();
  await page.getByRole('button', { name: `Edit ${id}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${id}` });
  await edit.getByLabel('Description').fill('edited by e2e');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('edited by e2e')).toBeVisible();

  await page.getByRole('button', { name: `Delete ${id}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${noun} ${id}?` });
  await confirm.getByRole('textbox').fill(id);
  await confirm.getByRole('button', { name: `Delete ${noun}` }).click();
  await expect(page.getByText('edited by e2e')).toBeHidden();
}

test('ROLE operations and scopes: search, create with the ID rule, edit and delete; ALL stays read-only', async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-role', 'operations');
  await expect(page.getByRole('heading', { name: 'Operations', level: 1 })).toBeVisible();
  await expect(page.getByText('VIEW', { exact: true })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'ROLE operations');
  await createEditDelete(page, 'operation', /Operation ID/, uniqueName('e2e-op'));

  await page.getByRole('link', { name: 'Scopes' }).click();
  await expect(page.getByRole('heading', { name: 'Scopes', level: 1 })).toBeVisible();
  await expect(page.getByText('team-growth', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete ALL' })).toHaveCount(0);
  await closeToasts(page);
  await expectAccessible(page, 'ROLE scopes');
  await createEditDelete(page, 'scope', /Scope ID/, uniqueName('e2e-scope'));
});

test('ROLE config: change the TTL and the trailing-slash policy, reload, restore; purge after confirming', async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-role', 'config');
  await expect(page.getByRole('heading', { name: 'Config', level: 1 })).toBeVisible();
  const policy = page.getByLabel(/Trailing slash/);
  await expect(policy).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'ROLE config');
  const original = await policy.inputValue();
  const other = original === 'IDENTICAL_PATH' ? 'NON_IDENTICAL_PATH' : 'IDENTICAL_PATH';
  const ttl = String(100 + Math.floor(Math.random() * 800));
  await policy.selectOption(other);
  await page.getByLabel(/time to live/).fill(ttl);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Config saved; caches purged.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(/Trailing slash/)).toHaveValue(other);
  await expect(page.getByLabel(/time to live/)).toHaveValue(ttl);
  await page.getByLabel(/Trailing slash/).selectOption(original);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Config saved; caches purged.').first()).toBeVisible();

  await closeToasts(page);
  await page.getByRole('button', { name: 'Purge caches' }).click();
  const confirm = page.getByRole('dialog', { name: 'Purge the caches?' });
  await expectAccessible(page, 'ROLE purge caches dialog');
  await confirm.getByRole('button', { name: 'Purge caches' }).click();
  await expect(page.getByText('Caches purged.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/Trailing slash/)).toHaveValue(original);
});
