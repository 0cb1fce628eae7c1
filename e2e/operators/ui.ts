import { expect, type Page } from '@playwright/test';
import { paths } from '../../src/app/paths';

/** Fills and submits the sign-in form. */
export async function signInWithPassword(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInAt(page: Page, username: string, password: string, next?: string): Promise<void> {
  await page.goto(paths.signIn.href({ next }));
  await signInWithPassword(page, username, password);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}
