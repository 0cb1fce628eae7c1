import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openCip, uniqueName } from './cip-helpers';

test('groups: create with members, add one, remove several, delete', async ({ page }) => {
  await openCip(page, 'groups');
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await expectAccessible(page, 'IBM CIP groups list');

  const group = uniqueName('e2e-group');
  await page.getByRole('button', { name: 'Create group' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Group name/).fill(group);
  await dialog.getByLabel(/^Members/).fill('ggonzalez');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { name: group, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ggonzalez' })).toBeVisible();

  await page.getByLabel('Add members').fill('gsanders');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('link', { name: 'gsanders' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'IBM CIP group members');

  await page.getByRole('checkbox', { name: 'Select ggonzalez' }).check();
  await page.getByRole('checkbox', { name: 'Select gsanders' }).check();
  await page.getByRole('button', { name: 'Remove 2 selected' }).click();
  await expect(page.getByText('This group has no members')).toBeVisible();

  await page.getByRole('button', { name: 'Delete group' }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByRole('textbox').fill(group);
  await confirm.getByRole('button', { name: 'Delete group' }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByRole('link', { name: group })).toBeHidden();
});

test('users × groups matrix: a click adds a membership at once, Undo takes it back', async ({ page }) => {
  await openCip(page, 'users?a.uid=g*');
  await page.getByRole('region', { name: 'Users' }).getByRole('link', { name: 'Users × groups' }).click();
  await expect(page.getByRole('heading', { name: 'Users × groups', level: 1 })).toBeVisible();
  const cell = page.getByRole('gridcell', { name: /^gsanders – MyGroup:/ });
  await expect(cell).toHaveAccessibleName('gsanders – MyGroup: Not a member');
  await expectAccessible(page, 'IBM CIP users × groups matrix');

  await cell.click();
  await expect(cell).toHaveAccessibleName('gsanders – MyGroup: Member');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cell).toHaveAccessibleName('gsanders – MyGroup: Not a member');
  await page.goto(page.url().replace(/\/memberships.*$/, '/groups/MyGroup'));
  await expect(page.getByRole('heading', { name: 'MyGroup', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'gsanders' })).toBeHidden();
});
