import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection } from '../support/demo-connection';

test('endpoints: the regions SCP serves IAM in', async ({ page }) => {
  await openDemoConnection(page, 'scp', 'endpoints');
  await expect(page.getByRole('heading', { name: 'Endpoints and regions', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Endpoints and regions' });
  await expect(table.getByRole('rowheader', { name: 'kr-west1' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'kr-east1' })).toBeVisible();
  await expect(page.getByText('2 regions')).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP endpoints');
});
