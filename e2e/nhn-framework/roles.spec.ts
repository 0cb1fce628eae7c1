import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

test('a project roles matrix change is saved per member and still there after a reload', async ({ page }) => {
  await openDemoConnection(page, 'nhn-framework', 'projects');
  await page.getByRole('link', { name: 'Live Ops' }).click();
  await page.getByRole('link', { name: 'Roles matrix' }).click();
  await expect(page).toHaveURL(/\/projects\/[A-Za-z0-9]+\/roles$/);
  await page.getByLabel('Filter columns').fill('PROJECT MEMBER VIEWER');
  const grid = page.getByRole('grid', { name: 'Project members × roles' });
  // Every row has read its member's roles once no cell is loading.
  await expect(grid.getByRole('gridcell', { name: /: Loading$/ })).toHaveCount(0);
  await expectAccessible(page, 'NHN project roles matrix');
  const cell = grid.getByRole('gridcell', { name: /– PROJECT MEMBER VIEWER: Not granted$/ }).first();
  const name = (await cell.getAttribute('aria-label')) ?? (await cell.textContent()) ?? '';
  const member = name.replace(/ – PROJECT MEMBER VIEWER: Not granted$/, '');
  await cell.click();
  await expect(
    grid.getByRole('gridcell', { name: `${member} – PROJECT MEMBER VIEWER: Granted (unsaved)` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toContainText('1 of 1 done');
  await page.reload();
  await page.getByLabel('Filter columns').fill('PROJECT MEMBER VIEWER');
  await expect(
    page
      .getByRole('grid', { name: 'Project members × roles' })
      .getByRole('gridcell', { name: `${member} – PROJECT MEMBER VIEWER: Granted` }),
  ).toBeVisible();
});

test('org roles matrix and common role groups: read, create a group with a role', async ({ page }) => {
  const id = await openDemoConnection(page, 'nhn-framework', 'members/roles');
  const grid = page.getByRole('grid', { name: 'Organization members × roles' });
  await expect(
    grid.getByRole('gridcell', { name: /Read-only: The owner's roles cannot be changed$/ }).first(),
  ).toBeVisible();
  await expectAccessible(page, 'NHN org roles matrix');

  await page.goto(`/c/${id}/role-groups`);
  await expect(page.getByRole('heading', { name: 'Project common role groups', level: 1 })).toBeVisible();
  await expect(page.getByText('Developers')).toBeVisible();
  await expectAccessible(page, 'NHN role groups');
  const name = uniqueName('rg').slice(0, 40);
  await page.getByRole('button', { name: 'Create role group' }).click();
  const form = page.getByRole('dialog', { name: 'Create role group' });
  await form.getByLabel(/^Name/).fill(name);
  await form.getByLabel('Filter roles').fill('MEMBER');
  await form.getByRole('checkbox', { name: /^MEMBER / }).check();
  await expectAccessible(page, 'NHN role group form');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(`Role group "${name}" created.`)).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Project common role groups' }).getByText(name)).toBeVisible();
  await closeToasts(page);
});
