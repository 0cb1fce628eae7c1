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

test('ROLE condition attributes: create one, an in-use delete is refused, then force-deleted', async ({
  page,
}) => {
  const id = await openDemoConnection(page, 'nhn-role', 'attributes');
  await expect(page.getByRole('heading', { name: 'Condition attributes', level: 1 })).toBeVisible();
  await expect(page.getByText('client.ip', { exact: true })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'ROLE condition attributes');

  const attributeId = uniqueName('e2e.attr');
  await page.getByRole('button', { name: 'Create attribute' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create attribute' });
  await dialog.getByLabel(/Attribute ID/).fill(attributeId);
  await dialog.getByLabel('Data type').selectOption('STRING');
  await expect(dialog.getByText(/ANY_CONTAINS/)).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'MEMBER' }).check();
  await expectAccessible(page, 'ROLE create attribute dialog');
  await dialog.getByRole('button', { name: 'Create attribute' }).click();
  await expect(dialog).toBeHidden();

  // A user whose MEMBER grant is conditioned on the attribute puts it in use.
  const connections = (await (await page.request.get('/api/connections')).json()) as {
    items: { id: string; settings: Record<string, string> }[];
  };
  const appKey = connections.items.find((c) => c.id === id)?.settings.appKey ?? '';
  const api = `/api/proxy/${encodeURIComponent(id)}/role/v3.0/appkeys/${encodeURIComponent(appKey)}`;
  const userId = uniqueName('e2e-attr-user');
  const roleApi = (method: string, path: string, body?: unknown) =>
    page.evaluate(
      async ({ url, method, body }) => {
        const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
        const res = await fetch(url, {
          method,
          headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return ((await res.json()) as { header: { isSuccessful: boolean } }).header.isSuccessful;
      },
      { url: `${api}${path}`, method, body },
    );
  const condition = { attributeId, attributeOperatorTypeCode: 'ANY_MATCH', attributeValues: ['x'] };
  const relation = { roleId: 'MEMBER', scopeId: 'ALL', conditions: [condition] };
  expect(await roleApi('POST', '/users', { users: [{ userId, roleRelations: [relation] }] })).toBe(true);

  await page.getByRole('searchbox').fill(attributeId);
  await page.getByRole('button', { name: `Delete ${attributeId}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete attribute ${attributeId}?` });
  await expect(confirm.getByText(/used by conditions/)).toBeVisible();
  await confirm.getByRole('textbox').fill(attributeId);
  await confirm.getByRole('button', { name: 'Delete attribute' }).click();
  await expect(confirm.getByRole('alert').filter({ hasNotText: /used by conditions/ })).toBeVisible();
  await confirm.getByRole('checkbox', { name: /Also remove the conditions/ }).check();
  await confirm.getByRole('button', { name: 'Delete attribute' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(attributeId, { exact: true })).toBeHidden();
  expect(await roleApi('DELETE', `/users/${encodeURIComponent(userId)}`)).toBe(true);
});
