import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

test('groups: filters, create with a member, edit, members tab, delete', async ({ page }) => {
  test.slow();
  await openDemoConnection(page, 'scp', 'groups');
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Developers' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP groups list');
  const filters = page.getByRole('search', { name: 'Group filters' });
  await filters.getByRole('combobox', { name: 'Members' }).selectOption('false');
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('link', { name: 'Contractors' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Developers' })).toBeHidden();
  expect(page.url()).toContain('has_member');
  await filters.getByRole('button', { name: 'Clear' }).click();

  const name = uniqueName('e2e').slice(0, 20);
  await page.getByRole('button', { name: 'Create group' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create group' });
  await dialog.getByLabel(/^Group name/).fill('x');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog.getByText(/Use 3 to 24 letters/).first()).toBeVisible();
  await dialog.getByLabel(/^Group name/).fill(name);
  await dialog.getByRole('checkbox', { name: /jisoo\.son/ }).check();
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'jisoo.son' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP group members');

  await page.getByRole('checkbox', { name: /hyejin\.bae/ }).check();
  await page.getByRole('button', { name: 'Add members' }).click();
  await expect(page.getByText('1 of 1 done')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'hyejin.bae' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit group' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit group' });
  await edit.getByLabel('Description').fill('made by e2e');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('made by e2e')).toBeVisible();

  await page.getByRole('button', { name: 'Delete group' }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByRole('textbox').fill(name);
  await confirm.getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
});

test('membership matrix: toggle, undo, an upstream failure rolls back, keyboard use', async ({ page }) => {
  test.slow();
  await openDemoConnection(page, 'scp', 'groups/matrix');
  await expect(page.getByRole('heading', { name: 'Users and groups', level: 1 })).toBeVisible();
  await page.getByLabel('Filter rows').fill('jisoo.son');
  await page.getByLabel('Filter columns').fill('Finance');
  const cell = page.getByRole('gridcell', { name: /^jisoo\.son – Finance: / });
  await expect(cell).toHaveAccessibleName(/^jisoo\.son – Finance: Not a member$/);
  await closeToasts(page);
  await expectAccessible(page, 'SCP membership matrix');

  await cell.click();
  await expect(cell).toHaveAccessibleName(/^jisoo\.son – Finance: Member$/);
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await expect(cell).toHaveAccessibleName(/^jisoo\.son – Finance: Not a member$/);

  // Keyboard only: focus the grid, toggle the active cell with Space, and back.
  await page.getByRole('grid', { name: 'Group memberships' }).focus();
  await page.keyboard.press('Space');
  await expect(cell).toHaveAccessibleName(/^jisoo\.son – Finance: Member$/);
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAccessibleName(/^jisoo\.son – Finance: Not a member$/);

  await page.route(/\/api\/proxy\/[^/]+\/v1\/groups\/[^/]+\/members/, (route) =>
    route.request().method() === 'GET'
      ? route.continue()
      : route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [
              { status: 503, code: 'UNAVAILABLE', title: 'Unavailable', detail: 'IAM is unavailable.' },
            ],
          }),
        }),
  );
  await cell.click();
  await expect(cell).toHaveAccessibleName(/^jisoo\.son – Finance: Not a member\. Failed: .*unavailable/);
  await expect(page.getByRole('alert').filter({ hasText: 'unavailable' }).first()).toBeVisible();
});
