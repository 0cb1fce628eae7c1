import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

const DEMO = '12345678-1234-5678-1234-567812345678';

async function showUserInMatrix(page: Page, cid: string, userId: string) {
  await page.goto(`/c/${encodeURIComponent(cid)}/matrix`);
  await page.getByLabel('Filter rows').fill(userId);
  await expect(page.getByRole('gridcell', { name: new RegExp(`^${userId} – BOARD_EDITOR:`) })).toBeVisible();
}

test('ROLE users and the users × roles matrix: create, stage and save, reload, conflict, keyboard, axe', async ({
  page,
  context,
}) => {
  const cid = await openDemoConnection(page, 'nhn-role', 'users');
  await expect(page.getByRole('link', { name: DEMO })).toBeVisible();
  await expectAccessible(page, 'ROLE users');

  const userId = uniqueName('e2e');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByLabel(/User ID/).fill(userId);
  await dialog.getByRole('button', { name: 'Add a role assignment' }).click();
  await dialog.getByLabel(/^Role/).selectOption('MEMBER');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name: userId })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'ROLE user detail');

  // A click stages ALLOW, Space on the active cell moves it on to DENY; Save writes it, a reload shows it.
  await showUserInMatrix(page, cid, userId);
  await expect(page.getByRole('gridcell', { name: `${userId} – MEMBER: Allowed` })).toBeVisible();
  await page.getByRole('gridcell', { name: `${userId} – BOARD_EDITOR: Not granted` }).click();
  await expect(
    page.getByRole('gridcell', { name: `${userId} – BOARD_EDITOR: Allowed (unsaved)` }),
  ).toBeVisible();
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('gridcell', { name: `${userId} – BOARD_EDITOR: Denied (unsaved)` }),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('gridcell', { name: `${userId} – BOARD_EDITOR: Denied` })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'ROLE matrix');
  await showUserInMatrix(page, cid, userId);
  await expect(page.getByRole('gridcell', { name: `${userId} – BOARD_EDITOR: Denied` })).toBeVisible();

  // Two editors on the same user: the second save finds the user changed and writes nothing.
  await page.getByRole('gridcell', { name: `${userId} – BOARD_ADMIN: Not granted` }).click();
  const other = await context.newPage();
  await showUserInMatrix(other, cid, userId);
  await other.getByRole('gridcell', { name: `${userId} – BOARD_VIEWER: Not granted` }).click();
  await other.getByRole('button', { name: /^Save/ }).click();
  await expect(other.getByRole('gridcell', { name: `${userId} – BOARD_VIEWER: Allowed` })).toBeVisible();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByText(/Changed by someone else/).first()).toBeVisible();
  await showUserInMatrix(page, cid, userId);
  await expect(page.getByRole('gridcell', { name: `${userId} – BOARD_VIEWER: Allowed` })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: `${userId} – BOARD_ADMIN: Not granted` })).toBeVisible();
});

test('ROLE access simulator: a condition on the grant flips the answer; explanation and who can; axe', async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-role', 'simulator');
  await expect(page.getByRole('heading', { name: 'Access simulator', level: 1 })).toBeVisible();
  await expectAccessible(page, 'ROLE simulator');
  await page.getByLabel('User ID').fill(DEMO);
  await page.getByLabel('Request path', { exact: true }).fill('/board/v1.0/1');
  await page.getByLabel('Operation').selectOption('GET');
  await page.getByRole('button', { name: 'Add an attribute value' }).click();
  const row = page.getByRole('group', { name: 'Attribute value 1' });
  await row.getByLabel('Attribute').selectOption('instance.name');
  await row.getByLabel('Value').fill('GPU');
  await page.getByRole('button', { name: 'Check access' }).click();
  await expect(page.getByRole('status')).toHaveText('Allowed');
  await expect(page.getByRole('region', { name: 'Explanation' })).toContainText('MEMBER');
  await row.getByLabel('Value').fill('CPU');
  await page.getByRole('button', { name: 'Check access' }).click();
  await expect(page.getByRole('status')).toHaveText('Not allowed');
  await expect(page.getByRole('region', { name: 'Explanation' })).toContainText('conditions not met');
  await page.getByRole('button', { name: 'List who can' }).click();
  await expect(page.getByText(/users with grants in the scope/)).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'ROLE simulator with results');
});
