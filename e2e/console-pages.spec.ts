import { expect, test } from '@playwright/test';
import { paths } from '../src/app/paths';
import { expectAccessible } from './support/a11y';
import { readyOperator } from './operators/operator-api';
import { signInAt } from './operators/ui';

/**
 * Every console-wide page an admin can open, in both themes, renders its heading with no browser error
 * and no serious or critical accessibility violation. Vendor pages have their own specs.
 */
const pages: { name: string; href: string; heading: RegExp }[] = [
  { name: 'overview', href: paths.home.href(), heading: /Welcome to Tessera/ },
  { name: 'connections', href: paths.connections.href(), heading: /^Connections$/ },
  { name: 'new connection', href: paths.connectionNew.href(), heading: /connection/i },
  { name: 'operators', href: paths.operators.href(), heading: /^Operators$/ },
  { name: 'audit log', href: paths.audit.href(), heading: /audit/i },
  { name: 'profile', href: paths.profile.href(), heading: /./ },
  { name: 'not found', href: '/no/such/page', heading: /Page not found/ },
];

for (const theme of ['light', 'dark'] as const) {
  test(`console pages are accessible in the ${theme} theme`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.emulateMedia({ colorScheme: theme });
    const admin = await readyOperator('admin');
    await signInAt(page, admin.username, admin.password, paths.home.href());
    await expect(page.getByRole('heading', { level: 1, name: /Welcome to Tessera/ })).toBeVisible();
    for (const p of pages) {
      await page.goto(p.href);
      await expect(page.getByRole('heading', { level: 1, name: p.heading }), p.name).toBeVisible();
      await expectAccessible(page, `${p.name} (${theme})`);
    }
    expect(errors, 'uncaught page errors').toEqual([]);
  });
}

test('the theme switch overrides the system scheme and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const admin = await readyOperator('admin');
  await signInAt(page, admin.username, admin.password, paths.home.href());
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect.poll(background, 'dark palette applied').not.toBe(light);
  const dark = await background();
  await page.reload();
  await expect.poll(background, 'choice survives a reload').toBe(dark);
  await expectAccessible(page, 'overview (forced dark)');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await expect.poll(background, 'back to the system scheme').toBe(light);
});
