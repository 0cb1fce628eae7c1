import { expect, test, type Page } from '@playwright/test';
import { openDemoConnection } from '../support/demo-connection';

const DEMO = '12345678-1234-5678-1234-567812345678';

/** name, user, resource given by, resource, operation, instance.name value (none: null), allowed */
type Case = [string, string, 'path' | 'id', string, string, string | null, boolean];

/**
 * The browser's explanation must reach the answer ROLE's check API gives, case after case. The answers
 * alternate so that a stale result from the previous case can never pass for the next one.
 */
const cases: Case[] = [
  ['guide example', DEMO, 'path', '/board/v1.0/1', 'GET', 'GPU', true],
  ['condition not met', DEMO, 'path', '/board/v1.0/1', 'GET', 'CPU', false],
  ['by resource ID', DEMO, 'id', '{boardId}', 'GET', 'GPU', true],
  ['another operation', DEMO, 'path', '/board/v1.0/1', 'DELETE', 'GPU', false],
  ['another board', DEMO, 'path', '/board/v1.0/42', 'GET', 'GPU', true],
  ['no attribute value', DEMO, 'path', '/board/v1.0/1', 'GET', null, false],
  ['by ID again', DEMO, 'id', '{boardId}', 'GET', 'GPU', true],
  ['no such path', DEMO, 'path', '/nowhere', 'GET', 'GPU', false],
  ['guide example once more', DEMO, 'path', '/board/v1.0/1', 'GET', 'GPU', true],
  ['unknown user', 'nobody', 'path', '/board/v1.0/1', 'GET', 'GPU', false],
];

async function ask(page: Page, [, user, by, resource, operation, gpu]: Case) {
  await page.getByLabel('User ID').fill(user);
  await page.getByRole('radio', { name: by === 'path' ? 'By request path' : 'By resource ID' }).check();
  await page.getByLabel(by === 'path' ? 'Request path' : 'Resource ID', { exact: true }).fill(resource);
  await page.getByLabel('Operation').selectOption(operation);
  const row = page.getByRole('group', { name: 'Attribute value 1' });
  if (gpu === null) {
    if (await row.count()) await page.getByRole('button', { name: 'Remove attribute value 1' }).click();
  } else {
    if (!(await row.count())) await page.getByRole('button', { name: 'Add an attribute value' }).click();
    await row.getByLabel('Attribute').selectOption('instance.name');
    await row.getByLabel('Value').fill(gpu);
  }
  await page.getByRole('button', { name: 'Check access' }).click();
}

test('ROLE access simulator: the explanation agrees with the check API on a table of cases', async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-role', 'simulator');
  await expect(page.getByRole('heading', { name: 'Access simulator', level: 1 })).toBeVisible();
  const explanation = page.getByRole('region', { name: 'Explanation' });
  for (const c of cases) {
    await test.step(c[0], async () => {
      await ask(page, c);
      const verdict = c[6] ? 'Allowed' : 'Not allowed';
      await expect(page.getByRole('status')).toHaveText(verdict);
      await expect(explanation.locator('strong').first()).toHaveText(verdict);
      await expect(explanation.getByRole('alert')).toHaveCount(0);
    });
  }
});
