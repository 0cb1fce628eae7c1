import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openGs2, uniqueName } from './gs2-helpers';

test('policy editor: invalid JSON shows a marker, blocks saving and survives a reload as a draft', async ({
  page,
}) => {
  await openGs2(page, 'policies/new');
  await expect(page.getByRole('heading', { name: 'New security policy', level: 1 })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(uniqueName('e2e-policy'));
  const editor = page.locator('.monaco-editor').first();
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('{"Version": "2016-04-01", "Statements": [');
  // Monaco closes brackets as they are typed; a trailing comma after the document breaks it for sure.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(',');
  await expect(page.getByTestId('gs2-json-error')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review changes' })).toBeDisabled();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 policy editor');

  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByText('A draft of unsaved changes was restored.')).toBeVisible();
  await expect(page.getByTestId('gs2-json-error')).toBeVisible();
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByTestId('gs2-json-error')).toBeHidden();
});

test('attachments matrix: a toggle that fails upstream rolls back and shows the error', async ({ page }) => {
  await openGs2(page, 'attachments');
  await expect(page.getByRole('heading', { name: 'Policy attachments', level: 1 })).toBeVisible();
  await page.getByLabel('Filter users by name prefix').fill('yuki.yamamoto');
  const cell = page.getByRole('checkbox', { name: 'AdministratorAccess attached to yuki.yamamoto' });
  await expect(cell).toBeEnabled();
  const before = await cell.isChecked();
  await closeToasts(page);
  await expectAccessible(page, 'GS2 attachments matrix');

  await page.route(/\/api\/proxy\/[^/]+\/user\/yuki\.yamamoto\/securityPolicy/, (route) =>
    route.request().method() === 'GET'
      ? route.continue()
      : route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({
            message: JSON.stringify([
              { component: 'securityPolicy', message: 'identifier.securityPolicy.error.unavailable' },
            ]),
          }),
        }),
  );
  await cell.click();
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  expect(await cell.isChecked()).toBe(before);
  await expect(page.getByRole('alert').filter({ hasText: 'unavailable' }).first()).toBeVisible();
});
