import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

test('roles: create with a trust policy, bind a policy in the matrix, then delete', async ({ page }) => {
  const name = uniqueName('e2e-role');
  const connectionId = await openDemoConnection(page, 'scp', 'roles');
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ci-deployer' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP roles');

  await page.getByRole('link', { name: 'Create role' }).click();
  await page.getByLabel('Role name').fill(name);
  await page.getByLabel('Maximum session (seconds)').fill('60');
  await expect(page.getByRole('button', { name: 'Create role' })).toBeDisabled();
  await page.getByLabel('Maximum session (seconds)').fill('7200');
  await expect(page.locator('.monaco-editor').first()).toContainText('sts:AssumeRole');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByLabel('Maximum session (seconds)')).toHaveValue('7200');
  await closeToasts(page);
  await expectAccessible(page, 'SCP role detail');

  await page.goto(`/c/${encodeURIComponent(connectionId)}/roles/bindings?type=ROLE`);
  await expect(page.getByRole('heading', { name: 'Policy bindings', level: 1 })).toBeVisible();
  const cell = page.getByRole('gridcell', { name: new RegExp(`^AdministratorAccess – ${name}: `) });
  await expect(cell).toHaveAccessibleName(new RegExp(`^AdministratorAccess – ${name}: Not bound$`));
  await closeToasts(page);
  await expectAccessible(page, 'SCP policy bindings');
  await cell.click();
  await expect(cell).toHaveAccessibleName(new RegExp(`^AdministratorAccess – ${name}: Bound$`));
  // The binding is SCP's now: a reload reads it back.
  await page.reload();
  await expect(
    page.getByRole('gridcell', { name: new RegExp(`^AdministratorAccess – ${name}: Bound`) }),
  ).toBeVisible();

  await page.goto(`/c/${encodeURIComponent(connectionId)}/roles?roles.f.name=${encodeURIComponent(name)}`);
  await page.getByRole('checkbox', { name: new RegExp(name) }).check();
  await page.getByRole('button', { name: 'Delete 1 role' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete 1 role' }).click();
  await expect(page.getByRole('link', { name })).toBeHidden();
});
