import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

/** Replaces the editor's whole text. */
async function setDocument(page: Page, text: string) {
  const editor = page.locator('.monaco-editor').first();
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  // Whatever Monaco closed on its own follows the cursor: drop it.
  await page.keyboard.press('ControlOrMeta+Shift+End');
  await page.keyboard.press('Delete');
}

const doc = (statement: object) => JSON.stringify({ Version: '2024-07-01', Statement: [statement] });

test('a policy with schema and lint errors: markers, save blocked, the draft kept across a reload', async ({
  page,
}) => {
  await openDemoConnection(page, 'scp', 'policies');
  await expect(page.getByRole('heading', { name: 'Policies', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'AdministratorAccess' })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP policies');

  await page.getByRole('link', { name: 'Create policy' }).click();
  await page.getByLabel('Policy name').fill(uniqueName('e2e-bad'));
  await setDocument(
    page,
    doc({ Sid: 'S1', Effect: 'Maybe', Action: ['iam:ListUsers'], NotAction: ['iam:DeleteUser'] }),
  );
  const problems = page.locator('.marker-list');
  await expect(problems).toContainText('A statement has either Action or NotAction, not both.');
  await expect(problems).toContainText(/Allow|Deny/);
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expectAccessible(page, 'SCP policy editor');

  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('tessera.scp.policyDraft.'))),
    )
    .toBe(true);
  await page.reload();
  await expect(page.getByText('An unsaved draft was restored.')).toBeVisible();
  await expect(page.locator('.marker-list')).toContainText('not both');
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByText('An unsaved draft was restored.')).toBeHidden();
});

test('versions: create, add a version, compare them and switch the default back', async ({ page }) => {
  const name = uniqueName('e2e-policy');
  await openDemoConnection(page, 'scp', 'policies/new');
  await page.getByLabel('Policy name').fill(name);
  await page.getByLabel('Version name').fill('first');
  await setDocument(page, doc({ Sid: 'Read', Effect: 'Allow', Action: ['iam:ListUsers'], Resource: ['*'] }));
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'New version' }).click();
  await page.getByLabel('Version name').fill('second');
  await setDocument(page, doc({ Sid: 'Read', Effect: 'Allow', Action: ['iam:ListGroups'], Resource: ['*'] }));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId('scp-diff-summary')).toHaveText('1 line added, 1 removed');
  await expect(page.getByRole('row', { name: /second.*Default/ })).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP policy detail');

  await page.getByRole('button', { name: 'Make default: first' }).click();
  await expect(page.getByRole('row', { name: /first.*Default/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make default: second' })).toBeVisible();
});
