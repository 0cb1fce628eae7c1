import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';

test('the server is healthy and serves the console with strict headers', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  expect(health.headers()['cache-control']).toBe('no-store');
  expect(health.headers()['x-content-type-options']).toBe('nosniff');
  const page = await request.get('/', { headers: { accept: 'text/html' } });
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(page.headers()['cache-control']).toBe('no-cache');
});

test('the console loads, renders a heading and is accessible', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Tessera/);
  await expectAccessible(page, 'first page');
  expect(
    errors.filter((e) => !e.includes('status of 401')),
    'browser errors',
  ).toEqual([]);
});
