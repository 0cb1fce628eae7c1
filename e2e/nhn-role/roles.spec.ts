import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

test('ROLE roles: create a role, a conditional edge drawn dashed, the condition removed, the role deleted, axe', async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-role', 'roles');
  const graph = page.getByRole('group', { name: /Role relation graph: \d+ roles/ });
  await expect(graph).toBeVisible();
  await expectAccessible(page, 'ROLE roles');

  // Role IDs take letters, digits and . _ : - only.
  const roleId = uniqueName('E2E').replace(/-/g, '_').toUpperCase();
  await page.getByRole('button', { name: 'Create role' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create role' });
  await dialog.getByLabel(/Role ID/).fill(roleId);
  await dialog.getByLabel('Name').fill('End-to-end role');
  await dialog.getByLabel('Tags').fill('e2e');
  await expectAccessible(page, 'ROLE create role dialog');
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByRole('rowheader', { name: roleId })).toBeVisible();
  await closeToasts(page);

  const form = page.getByRole('form', { name: 'Add relation' });
  await form.getByLabel('Role (includes)').selectOption(roleId);
  await form.getByLabel('Included role').selectOption('MEMBER');
  await form.getByRole('button', { name: 'Add relation' }).click();
  const edge = graph.locator(`[data-edge="${roleId}>MEMBER"]`);
  await expect(edge).toHaveAttribute('data-conditions', '0');
  await closeToasts(page);

  await page.getByRole('button', { name: `Edit conditions of ${roleId} → MEMBER` }).click();
  const panel = page.getByRole('complementary', { name: `Conditions of ${roleId} → MEMBER` });
  await panel.getByRole('button', { name: 'Add a condition' }).click();
  await expect(panel.getByLabel('Attribute')).toHaveValue('instance.name');
  await panel.getByLabel('Values').fill('GPU');
  await panel.getByRole('button', { name: 'Save conditions' }).click();
  await expect(edge).toHaveAttribute('data-conditions', '1');
  await expect(edge).toHaveClass(/role-edge-conditional/);
  await expect(edge).toContainText('1 condition');
  await closeToasts(page);
  await expectAccessible(page, 'ROLE roles with the edge conditions panel');

  await panel.getByRole('button', { name: 'Remove condition 1' }).click();
  await panel.getByRole('button', { name: 'Save conditions' }).click();
  await expect(edge).toHaveAttribute('data-conditions', '0');
  await expect(edge).not.toHaveClass(/role-edge-conditional/);
  await closeToasts(page);

  await page.getByRole('button', { name: `Delete ${roleId}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete role ${roleId}?` });
  await expect(confirm.getByText('No user holds it directly.')).toBeVisible();
  await expectAccessible(page, 'ROLE delete role confirmation');
  await confirm.getByRole('textbox').fill(roleId);
  await confirm.getByRole('button', { name: 'Delete role' }).click();
  await expect(page.getByRole('rowheader', { name: roleId })).toHaveCount(0);
  await expect(edge).toHaveCount(0);
});

test('ROLE roles: graph by keyboard (arrows, Enter, Escape), a cycle refused with the vendor error, a role on its own page', async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-role', 'roles');
  const graph = page.getByRole('group', { name: /Role relation graph/ });
  const viewer = graph.getByRole('button', { name: /^BOARD_VIEWER:/ });
  const editor = graph.getByRole('button', { name: /^BOARD_EDITOR:/ });
  // The graph is one tab stop; the arrow keys move between roles, top layer first.
  await expect(graph.locator('[tabindex="0"]')).toHaveCount(1);
  await editor.focus();
  await page.keyboard.press('ArrowDown');
  await expect(viewer).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(viewer).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('table', { name: 'Relations of BOARD_VIEWER' });
  await expect(table.getByRole('button', { name: 'Edit conditions of BOARD_VIEWER → MEMBER' })).toBeVisible();
  await expect(table.getByRole('button', { name: /AUDITOR/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table', { name: 'Relations', exact: true })).toBeVisible();

  const form = page.getByRole('form', { name: 'Add relation' });
  await form.getByLabel('Role (includes)').selectOption('MEMBER');
  await form.getByLabel('Included role').selectOption('BOARD_ADMIN');
  await form.getByLabel('Policy').focus();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Add relation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(graph.locator('[data-edge="MEMBER>BOARD_ADMIN"]')).toHaveCount(0);

  await page.getByRole('link', { name: 'BOARD_VIEWER' }).first().click();
  await expect(page.getByRole('heading', { name: 'BOARD_VIEWER', level: 1 })).toBeVisible();
  await expect(page.getByText(/Held directly by \d+ users/)).toBeVisible();
  await expectAccessible(page, 'ROLE role detail');
});
