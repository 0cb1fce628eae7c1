import { expect, test } from '@playwright/test';
import { paths } from '../../src/app/paths';
import { expectAccessible } from '../support/a11y';
import { readyOperator } from './operator-api';
import { signInWithPassword, signOut } from './ui';

test('an unauthenticated visit goes to sign-in and comes back to the page after signing in', async ({
  page,
}) => {
  const op = await readyOperator('operator');
  await page.goto(paths.audit.href({ result: 'failure' }));
  await expect(page, 'sent to sign-in with next').toHaveURL(/\/sign-in\?next=%2Faudit%3Fresult%3Dfailure/);
  await expect(page.getByRole('heading', { name: 'Sign in to Tessera' })).toBeVisible();
  await expectAccessible(page, 'sign-in');

  await signInWithPassword(page, op.username, 'not the password');
  await expect(page.getByRole('alert'), 'generic error').toHaveText('Incorrect username or password.');
  await expect(page.getByLabel(/^Password/), 'password cleared').toHaveValue('');

  await signInWithPassword(page, op.username, op.password);
  await expect(page, 'back to the page asked for').toHaveURL(/\/audit\?result=failure$/);
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Profile/ })).toContainText('E2E operator');

  await signOut(page);
  await page.goto(paths.profile.href());
  await expect(page, 'the session is gone on the server').toHaveURL(/\/sign-in\?next=%2Fprofile/);
});

test('an unknown user gets the same answer as a wrong password', async ({ page }) => {
  await page.goto(paths.signIn.href());
  await signInWithPassword(page, 'no-such-operator', 'whatever password');
  await expect(page.getByRole('alert')).toHaveText('Incorrect username or password.');
});

test('next cannot lead to another origin', async ({ page }) => {
  const op = await readyOperator('viewer');
  await page.goto(`/sign-in?next=${encodeURIComponent('//evil.example/x')}`);
  await signInWithPassword(page, op.username, op.password);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});
