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

  // The draft is saved shortly after typing stops; reload once it is there.
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('tessera.gs2.policyDraft.'))),
    )
    .toBe(true);
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
  await page.getByLabel('Filter policies by name').fill('AdministratorAccess');
  const cell = page.getByRole('gridcell', { name: /^yuki\.yamamoto – AdministratorAccess: / });
  await expect(cell).not.toHaveAttribute('aria-readonly');
  const before = (await cell.getAttribute('aria-label')) ?? '';
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
  // Rolled back to what GS2 holds, with the error kept on the cell.
  const escaped = before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(cell).toHaveAccessibleName(new RegExp(`^${escaped}\\. Failed: .*unavailable`));
  await expect(page.getByRole('alert').filter({ hasText: 'unavailable' }).first()).toBeVisible();
});

test('policy delete: the confirmation names the users who have it attached', async ({ page }) => {
  const policy = uniqueName('e2e-held');
  const holder = uniqueName('e2e-holder');
  await openGs2(page, 'policies/new');
  await page.getByLabel('Name', { exact: true }).fill(policy);
  await page.getByLabel('Templates').selectOption('deny-all');
  await page.getByRole('button', { name: 'Insert template' }).click();
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page).toHaveURL(new RegExp(`/policies/custom/${policy}$`));

  await page.goto(page.url().replace(/\/policies\/.*$/, '/users'));
  await page.getByRole('button', { name: 'Create user' }).first().click();
  await page.getByRole('dialog').getByLabel(/^Name/).fill(holder);
  await page.getByRole('dialog').getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name: holder, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Policies', exact: true }).click();
  await page.getByLabel('Policy to attach').selectOption({ label: policy });
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(page.getByText(`${policy} attached.`)).toBeVisible();

  await page.goto(page.url().replace(/\/users\/.*$/, '/policies'));
  await page.getByRole('button', { name: `Delete ${policy}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('gs2-policy-holders')).toContainText('1 user has it attached:');
  await expect(dialog.getByTestId('gs2-policy-holders')).toContainText(holder);
  await closeToasts(page);
  await expectAccessible(page, 'GS2 policy delete with holders');
  await dialog.getByRole('textbox').fill(policy);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: `Delete ${policy}` })).toBeHidden();
});
