import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { openDemoConnection } from '../support/demo-connection';

test('an admin reads the org, its projects and members, and registers an access key shown once', async ({
  page,
}) => {
  const id = await openDemoConnection(page, 'nhn-framework', 'overview');
  await expect(page.getByRole('heading', { name: 'Organization', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Live Ops' })).toBeVisible();
  await expect(page.getByRole('note').first()).toContainText('Managed in NHN Cloud');
  await expectAccessible(page, 'NHN organization overview');

  await page.goto(`/c/${id}/projects`);
  await page.getByRole('link', { name: 'Live Ops' }).click();
  await expect(page).toHaveURL(/\/projects\/[A-Za-z0-9]+\/members$/);
  await expect(page.getByRole('heading', { name: 'Live Ops', level: 1 })).toBeVisible();
  await expectAccessible(page, 'NHN project members');
  await page.getByRole('link', { name: 'Services' }).click();
  await expect(page.getByRole('rowheader', { name: 'Instance' })).toBeVisible();
  await expectAccessible(page, 'NHN project services');

  await page.goto(`/c/${id}/members`);
  await expect(page.getByRole('heading', { name: 'Organization members', level: 1 })).toBeVisible();
  await page.getByLabel('Status').selectOption('INVITED');
  await expect(page).toHaveURL(/INVITED/);
  await expectAccessible(page, 'NHN org members');

  await page.goto(`/c/${id}/access-keys`);
  await expect(page.getByText('Used by this connection')).toBeVisible();
  await expectAccessible(page, 'NHN access keys');
  const register = page.getByRole('button', { name: 'Register access key' });
  await register.click();
  const form = page.getByRole('dialog', { name: 'Register access key' });
  await form.getByLabel(/Token lifetime/).fill('3600');
  await form.getByRole('button', { name: 'Register access key' }).click();
  const shown = page.getByRole('dialog', { name: 'Store the secret access key' });
  await expect(shown).toBeVisible();
  await expectAccessible(page, 'NHN secret shown once');
  // Once acknowledged, the secret is gone: the list shows masked secrets only.
  await shown.getByRole('checkbox').check();
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toHaveCount(0);
});
