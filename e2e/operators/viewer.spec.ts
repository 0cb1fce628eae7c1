import { expect, test } from '@playwright/test';
import { paths } from '../../src/app/paths';
import { expectAccessible } from '../support/a11y';
import { readyOperator } from './operator-api';
import { signInAt } from './ui';

test('a viewer sees the audit log but cannot change anything', async ({ page }) => {
  const viewer = await readyOperator('viewer');
  await signInAt(page, viewer.username, viewer.password, paths.audit.href());
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'session.sign-in' }).first()).toBeVisible();
  await expectAccessible(page, 'audit log');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Audit log' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Operators' }), 'no admin entries for a viewer').toHaveCount(0);

  await page.goto(paths.operators.href());
  await expect(page.getByText('The viewer role cannot do this', { exact: false })).toBeVisible();

  // The server is the guard: writes sent from the viewer's own page, with its CSRF token, are refused.
  const statuses = await page.evaluate(async () => {
    const session = (await (await fetch('/api/session')).json()) as {
      csrfToken: string;
      operator: { id: string };
    };
    const send = (method: string, url: string, body: unknown) =>
      fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(body),
      }).then((r) => r.status);
    return [
      await send('POST', '/api/operators', { username: 'sneaky', displayName: 'Sneaky', role: 'admin' }),
      await send('PATCH', `/api/operators/${session.operator.id}`, { role: 'admin' }),
      await send('PUT', '/api/auth-policy', { requireMfa: false }),
    ];
  });
  expect(statuses).toEqual([403, 403, 403]);
  await page.goto(paths.profile.href());
  await expect(page.getByRole('definition').filter({ hasText: /^viewer$/ })).toBeVisible();
});
