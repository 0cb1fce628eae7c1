import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

test('ROLE resources: tree by keyboard, add under a parent, move, edit metadata, grant in the matrix and reload, inherited cell; axe', async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-role', 'resources');
  const tree = page.getByRole('tree', { name: 'Resource tree' });
  const node = (name: string) => tree.getByRole('treeitem', { name: new RegExp(`^${name} `) });
  await expect(node('board')).toBeVisible();
  await expectAccessible(page, 'ROLE resources');

  // One tab stop: Down moves to the child, Enter opens it at its own URL.
  await node('board').focus();
  await page.keyboard.press('ArrowDown');
  await expect(node('v1\\.0')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'v1.0', level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/\/resources\/v1\.0$/);

  const id = uniqueName('e2e');
  // A treeitem holds its children too: click its own row.
  await node('admin').locator('> .tree-row').click();
  await page.getByRole('button', { name: 'Add sub-resource' }).click();
  const add = page.getByRole('dialog', { name: 'Add a resource under admin' });
  await add.getByLabel(/Resource ID/).fill(id);
  await add.getByLabel(/^Name/).fill(id);
  await add.getByLabel(/^Path/).fill(`/admin/${id}/{itemId}`);
  await add.getByRole('button', { name: 'Add resource' }).click();
  await expect(page.getByRole('heading', { name: id, level: 2 })).toBeVisible();
  await closeToasts(page);

  await page.getByRole('button', { name: 'Move to…' }).click();
  const move = page.getByRole('dialog', { name: `Move ${id}` });
  await move.getByLabel('New parent').selectOption('settings');
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  await expect(page.getByText(`/admin/settings/${id}`, { exact: true })).toBeVisible();
  await expect(node('settings').getByRole('treeitem', { name: new RegExp(`^${id} `) })).toBeVisible();
  await closeToasts(page);

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${id}` });
  await edit.locator('.monaco-editor').click();
  await page.keyboard.insertText('{"icon": "e2e"}');
  await expect(edit.getByText(/^15 of 65,536 characters$/)).toBeVisible();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.locator('.res-metadata-view')).toHaveText('{"icon": "e2e"}');
  await closeToasts(page);

  // A click stages a grant, Right then Space stages the next operation; Save writes both.
  await page.getByRole('gridcell', { name: 'BOARD_EDITOR – GET: Not granted' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.getByRole('gridcell', { name: 'BOARD_EDITOR – POST: Granted (unsaved)' })).toBeVisible();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('gridcell', { name: 'BOARD_EDITOR – GET: Granted' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('gridcell', { name: 'BOARD_EDITOR – POST: Granted' })).toBeVisible();
  // BOARD_ADMIN includes BOARD_EDITOR: allowed too, drawn inherited and read-only.
  await expect(
    page.getByRole('gridcell', {
      name: 'BOARD_ADMIN – GET: Inherited. Read-only: inherited from BOARD_EDITOR, granted here',
    }),
  ).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'ROLE resource with its authorization matrix');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${id}?` });
  await confirm.getByRole('textbox').fill(id);
  await confirm.getByRole('button', { name: 'Delete resource' }).click();
  await expect(page.getByRole('heading', { name: 'settings', level: 2 })).toBeVisible();
  await expect(node(id)).toHaveCount(0);
});
