import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection } from '../support/demo-connection';

test('simulator: a developer’s request allowed, implicitly denied, and denied by the region guardrail', async ({
  page,
}) => {
  await openDemoConnection(page, 'scp', 'simulator');
  await expect(page.getByRole('heading', { name: 'Policy simulator', level: 1 })).toBeVisible();
  await page.getByLabel('User').selectOption({ label: 'jiho.park' });
  await page.getByLabel('Action').fill('iam:ListAccessKey');
  await page.getByLabel('Region').selectOption('kr-west1');
  await expect(page.getByRole('heading', { name: 'Allowed' })).toBeVisible();
  await expect(page.getByTestId('scp-sim-decided-by')).toContainText(
    'IAMSelfServiceKeys · Statement OwnKeys',
  );
  await expect(page.getByTestId('scp-sim-decided-by')).toContainText('through Developers');
  await closeToasts(page);
  await expectAccessible(page, 'SCP policy simulator');

  await page.getByLabel('Action').fill('iam:DeleteGroup');
  await expect(page.getByRole('heading', { name: 'Denied: no statement allows it' })).toBeVisible();

  await page.getByLabel('Region').selectOption('kr-east1');
  await expect(page.getByRole('heading', { name: 'Denied by an explicit Deny' })).toBeVisible();
  await expect(page.getByTestId('scp-sim-decided-by')).toContainText(
    'DenyOutsideKrWest1 · Statement DenyOtherRegions',
  );

  // The request is in the URL: a reload shows the same answer.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Denied by an explicit Deny' })).toBeVisible();
});
