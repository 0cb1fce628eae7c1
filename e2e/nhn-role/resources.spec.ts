import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fills the add dialog; the spec's resources live in their own subtree so the demo data stays as it was. */
async function addResource(page: Page, dialogName: string, id: string, path: string) {
  const add = page.getByRole('dialog', { name: dialogName });
  await add.getByLabel(/Resource ID/).fill(id);
  await add.getByLabel(/^Name/).fill(id);
  await add.getByLabel(/^Path/).fill(path);
  await add.getByRole('button', { name: 'Add resource' }).click();
  await expect(page.getByRole('heading', { name: id, level: 2 })).toBeVisible();
  await closeToasts(page);
}

test('ROLE resources: tree by keyboard, add under a parent, move, edit metadata, grant in the matrix and reload, inherited cell, propagation; axe', async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-role', 'resources');
  const tree = page.getByRole('tree', { name: 'Resource tree' });
  const node = (name: string) => tree.getByRole('treeitem', { name: new RegExp(`^${escape(name)} `) });
  // A treeitem holds its children too: a click goes to its own row.
  const openNode = (name: string) => node(name).locator('> .tree-row').click();
  await expect(node('board')).toBeVisible();
  await expectAccessible(page, 'ROLE resources');

  // One tab stop: Down moves to the child, Enter opens it at its own URL.
  await node('board').focus();
  await page.keyboard.press('ArrowDown');
  await expect(node('v1.0')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'v1.0', level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/\/resources\/v1\.0$/);

  // The tree as the demo user's VIEW menu: ROLE's hierarchy search keeps only what MEMBER may VIEW.
  await page.getByText('Preview a user’s menu').click();
  await page.getByLabel('User ID').fill('12345678-1234-5678-1234-567812345678');
  await page.getByLabel('Operation', { exact: true }).selectOption('VIEW');
  await page.getByRole('button', { name: 'Show menu' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Menu of 12345678-.* for VIEW in scope ALL$/);
  await expect(node('admin')).toHaveCount(0);
  await expect(node('{boardId}')).toBeVisible();
  await expectAccessible(page, 'ROLE resources as a user menu');
  await page.getByRole('button', { name: 'Show the whole tree' }).click();
  await expect(node('admin')).toBeVisible();

  const [from, to, leaf] = [uniqueName('e2e-from'), uniqueName('e2e-to'), uniqueName('e2e-leaf')];
  for (const top of [from, to]) {
    await page.getByRole('button', { name: 'Add top-level resource' }).click();
    await addResource(page, 'Add a resource under Top level', top, `/${top}`);
  }
  await openNode(from);
  await page.getByRole('button', { name: 'Add sub-resource' }).click();
  const add = page.getByRole('dialog', { name: `Add a resource under ${from}` });
  await add.getByLabel(/^Path/).fill('items');
  await add.getByRole('button', { name: 'Add resource' }).click();
  await expect(add.getByText('The path must start with /.').first()).toBeVisible();
  await expectAccessible(page, 'ROLE add resource dialog');
  await addResource(page, `Add a resource under ${from}`, leaf, `/${from}/{itemId}`);

  await page.getByRole('button', { name: 'Move to…' }).click();
  const move = page.getByRole('dialog', { name: `Move ${leaf}` });
  await move.getByLabel('New parent').selectOption(from);
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move.getByRole('alert')).toHaveText(/already there/);
  await expectAccessible(page, 'ROLE move resource dialog');
  await move.getByLabel('New parent').selectOption(to);
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  await expect(page.getByText(`/${to}/${leaf}`, { exact: true })).toBeVisible();
  await expect(node(to).getByRole('treeitem', { name: new RegExp(`^${leaf} `) })).toBeVisible();
  await closeToasts(page);

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${leaf}` });
  await edit.locator('.monaco-editor').click();
  await page.keyboard.insertText('{"icon": "e2e"}');
  await expect(edit.getByText(/^15 of 65,536 characters$/)).toBeVisible();
  await expectAccessible(page, 'ROLE edit resource dialog');
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

  // The new parent lacks the grant, so menus built from the tree would hide the leaf; one click fills it.
  const parents = page.getByRole('region', { name: 'Propagation to parents' });
  const fill = parents.getByRole('button', { name: 'Grant BOARD_EDITOR GET on the parents' });
  await expect(fill.locator('xpath=ancestor::tr')).toContainText(to);
  await fill.click();
  await expect(fill).toHaveCount(0);
  await closeToasts(page);
  await expectAccessible(page, 'ROLE resource with its authorization matrix');
  await openNode(to);
  await expect(page.getByRole('gridcell', { name: 'BOARD_EDITOR – GET: Granted' })).toBeVisible();

  // Deleting the parent names the leaf that goes with it.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${to}?` });
  await expect(confirm.getByText(`/${to}/${leaf}`)).toBeVisible();
  await confirm.getByRole('textbox').fill(to);
  await confirm.getByRole('button', { name: 'Delete resource' }).click();
  await expect(node(to)).toHaveCount(0);
  await expect(node(leaf)).toHaveCount(0);
  await openNode(from);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page
    .getByRole('dialog', { name: `Delete ${from}?` })
    .getByRole('textbox')
    .fill(from);
  await page.getByRole('button', { name: 'Delete resource' }).click();
  await expect(node(from)).toHaveCount(0);
});
