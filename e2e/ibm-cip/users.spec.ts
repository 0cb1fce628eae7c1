import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openCip, uniqueName } from './cip-helpers';

test('users: search in the URL, duplicate create on the field, create, attributes, password, security questions, delete', async ({
  page,
}) => {
  await openCip(page, 'users?a.givenName=Gord*');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ggonzalez' })).toBeVisible();
  await expectAccessible(page, 'IBM CIP user search');

  // The vendor's duplicate-name refusal lands on the user name field.
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^User name/).fill('ggonzalez');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText(/already in use/)).toBeVisible();
  await expect(dialog.getByLabel(/^User name/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'IBM CIP create user dialog');

  const uid = uniqueName('e2e');
  await dialog.getByLabel(/^User name/).fill(uid);
  await dialog.getByLabel('Surname').fill('Tester');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name: uid, level: 1 })).toBeVisible();
  await expect(page.getByText('Tester', { exact: true }).first()).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'IBM CIP user attributes');

  // An attribute the record lacks is added (editUser), one it has is changed (PUT).
  await page.getByRole('button', { name: 'Edit attributes' }).click();
  await page.getByLabel('telephoneNumber', { exact: true }).fill('555-0100');
  await page.getByLabel('givenName', { exact: true }).fill('Eve');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('555-0100')).toBeVisible();
  await expect(page.getByText(`Eve Tester`).first()).toBeVisible();

  // A KBA answer set on a fresh user, then tested.
  await page.getByRole('link', { name: 'Security questions' }).click();
  await expect(page.getByText('No security questions answered')).toBeVisible();
  const setForm = page.getByRole('form', { name: 'Set an answer' });
  await setForm.getByLabel('Question').selectOption({ index: 1 });
  await setForm.getByLabel('Answer').fill('Rex');
  await setForm.getByRole('button', { name: 'Save answer' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  const testForm = page.getByRole('form', { name: 'Test an answer' });
  await testForm.getByLabel('Question').selectOption({ index: 1 });
  await testForm.getByLabel('Answer').fill(' rex ');
  await testForm.getByRole('button', { name: 'Test an answer' }).click();
  await expect(testForm.getByText('The answer is correct.')).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'IBM CIP security questions');

  // The answer is updated (U11 on an answered question): the old one no longer matches, the new one does.
  await setForm.getByLabel('Question').selectOption({ index: 1 });
  await setForm.getByLabel('Answer').fill('Fido');
  await setForm.getByRole('button', { name: 'Save answer' }).click();
  await expect(page.getByText('Security answers saved')).toBeVisible();
  for (const [typed, verdict] of [
    ['rex', 'The answer is not correct.'],
    ['FIDO', 'The answer is correct.'],
  ] as const) {
    await testForm.getByLabel('Question').selectOption({ index: 1 });
    await testForm.getByLabel('Answer').fill(typed);
    await testForm.getByRole('button', { name: 'Test an answer' }).click();
    await expect(testForm.getByText(verdict)).toBeVisible();
  }
  // The box ticks once the answers have arrived.
  await page.getByRole('checkbox', { name: 'Show answers' }).click();
  await expect(page.getByRole('cell', { name: 'Fido' })).toBeVisible();

  // One question is deleted (U13), with its answer.
  await page.getByRole('button', { name: /^Remove question \d+$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No security questions answered')).toBeVisible();

  await page.getByRole('button', { name: 'Delete user' }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByRole('textbox').fill(uid);
  await confirm.getByRole('button', { name: 'Delete user' }).click();
  await expect(page).toHaveURL(/\/users$/);
});

test('password tab: last change as the directory records it, verify', async ({ page }) => {
  await openCip(page, 'users/testDemote/password');
  await expect(page.getByRole('heading', { name: 'Last password change' })).toBeVisible();
  await expect(page.getByText('Aug 07,2018 09:07:49 AM')).toBeVisible();
  await page.goto(page.url().replace('/users/testDemote/', '/users/ggonzalez/'));
  const check = page.getByRole('form', { name: 'Verify a password' });
  await check.getByLabel(/^Password/).fill('core1234');
  await check.getByRole('button', { name: 'Verify' }).click();
  await expect(check.getByText('The password is correct.')).toBeVisible();
  await expectAccessible(page, 'IBM CIP password tab');
});

test('user search: the result-limit message asks to narrow the search', async ({ page }) => {
  const connectionId = await openCip(page, 'users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  // The directory stops at 100 users; the demo has fewer, so this run adds enough and removes them after.
  const prefix = uniqueName('e2e-limit');
  const created = await page.evaluate(
    async ({ id, prefix }) => {
      const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const base = `/api/proxy/${encodeURIComponent(id)}/GmaApi/users`;
      const uuids: string[] = [];
      for (let batch = 0; batch < 8; batch++) {
        const made = await Promise.all(
          Array.from({ length: 10 }, async (_, i) => {
            const res = await fetch(`${base}/${prefix}-${String(batch * 10 + i)}`, {
              method: 'POST',
              headers: { 'x-csrf-token': csrfToken },
              body: new URLSearchParams({ sn: 'Limit' }),
            });
            return ((await res.json()) as { entry: string }).entry;
          }),
        );
        uuids.push(...made);
      }
      return { csrfToken, uuids, base };
    },
    { id: connectionId, prefix },
  );
  try {
    await page.goto(page.url().replace(/\/users.*$/, '/users?a.uid=*'));
    await expect(
      page.getByRole('status').getByText('Result limit exceeded — refine your search'),
    ).toBeVisible();
    await expect(page.getByText(/stopped at 100 users.*Add a condition or narrow a value/)).toBeVisible();
    await expectAccessible(page, 'IBM CIP result limit');
  } finally {
    await page.evaluate(async ({ csrfToken, uuids, base }) => {
      await Promise.all(
        uuids.map((u) => fetch(`${base}/${u}`, { method: 'DELETE', headers: { 'x-csrf-token': csrfToken } })),
      );
    }, created);
  }
});
