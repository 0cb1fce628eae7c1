import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openCip, uniqueName } from './cip-helpers';

test('services: create, move a service in the tree with the keyboard, contain, delete what hangs off', async ({
  page,
}) => {
  await openCip(page, 'services');
  await expect(page.getByRole('heading', { name: 'Services', level: 1 })).toBeVisible();
  const tree = page.getByRole('tree', { name: 'Service hierarchy' });
  await expect(tree.getByRole('treeitem', { name: 'Service1', exact: true })).toBeVisible();
  await expectAccessible(page, 'IBM CIP services tree');

  const parent = uniqueName('e2e-svc');
  const child = uniqueName('e2e-child');
  for (const name of [parent, child]) {
    await page.getByRole('button', { name: 'Create service' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Service name/).fill(name);
    await dialog.getByRole('button', { name: 'Create service' }).click();
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  await closeToasts(page);

  // The tree change: the child moves under the parent.
  await tree.getByRole('treeitem', { name: parent, exact: true }).click();
  await expect(page.getByRole('heading', { name: parent, level: 2 })).toBeVisible();
  const addChildren = page.getByRole('form', { name: 'Add children' });
  await addChildren.getByLabel('Add children').fill(child);
  await addChildren.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('list', { name: 'Children' }).getByRole('link', { name: child })).toBeVisible();
  const parentItem = tree.getByRole('treeitem', { name: parent, exact: true });
  // It becomes expandable once the refreshed parent map knows it has a child.
  await expect(parentItem).toHaveAttribute('aria-expanded', 'false');
  await parentItem.focus();
  await page.keyboard.press('ArrowRight');
  await expect(parentItem).toHaveAttribute('aria-expanded', 'true');
  const childItem = tree.getByRole('treeitem', { name: child, exact: true });
  await expect(childItem).toHaveAttribute('aria-level', '2');
  await page.keyboard.press('ArrowRight');
  await expect(childItem).toBeFocused();

  const addContained = page.getByRole('form', { name: 'Add contained services' });
  await addContained.getByLabel('Add contained services').fill('ExampleSvc');
  await addContained.getByLabel('Approval process').selectOption('AUTO_APPROVE_ALL');
  await addContained.getByRole('button', { name: 'Add' }).click();
  await expect(
    page.getByRole('list', { name: 'Contains' }).getByRole('link', { name: 'ExampleSvc' }),
  ).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'IBM CIP service relations');

  await page.getByRole('button', { name: 'Delete service' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByText(`1 child service: ${child}`)).toBeVisible();
  await expect(confirm.getByText('contains 1 service: ExampleSvc')).toBeVisible();
  await confirm.getByRole('textbox').fill(parent);
  await confirm.getByRole('button', { name: 'Delete service' }).click();
  await expect(page).toHaveURL(/\/services$/);
  // The orphaned child is top-level now.
  await expect(tree.getByRole('treeitem', { name: child, exact: true })).toHaveAttribute('aria-level', '1');
  await tree.getByRole('treeitem', { name: child, exact: true }).click();
  await page.getByRole('button', { name: 'Delete service' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill(child);
  await page.getByRole('dialog').getByRole('button', { name: 'Delete service' }).click();
  await expect(tree.getByRole('treeitem', { name: child, exact: true })).toBeHidden();
});

test('services: ordinary and manual members, attributes that survive a reload', async ({ page }) => {
  const name = uniqueName('e2e-svc');
  await openCip(page, 'services');
  await page.getByRole('button', { name: 'Create service' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Service name/).fill(name);
  await dialog.getByRole('button', { name: 'Create service' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await closeToasts(page);

  await page.getByRole('link', { name: 'Members' }).click();
  const addMembers = page.getByRole('form', { name: 'Add members' });
  await addMembers.getByLabel('Add members').fill('gsanders');
  await addMembers.getByLabel(/^Manual/).check();
  await addMembers.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('link', { name: 'gsanders' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'IBM CIP service members');

  await page.getByRole('link', { name: 'Attributes' }).click();
  await page.getByLabel('Hide from the Self Service portal').check();
  await page.getByLabel('Approval grace period').fill('3');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Service attributes saved')).toBeVisible();
  await closeToasts(page);
  await page.reload();
  await expect(page.getByLabel('Hide from the Self Service portal')).toBeChecked();
  await expect(page.getByLabel('Approval grace period')).toHaveValue('3');
  await expectAccessible(page, 'IBM CIP service attributes');

  await page.getByRole('button', { name: 'Delete service' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByText('1 member', { exact: true })).toBeVisible();
  await confirm.getByRole('textbox').fill(name);
  await confirm.getByRole('button', { name: 'Delete service' }).click();
  await expect(page).toHaveURL(/\/services$/);
});
