import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openCip, uniqueName } from './cip-helpers';

/** Every section of the settings page, with something each one shows once it has loaded. */
const SECTIONS: readonly { tab: string; ready: (page: Page) => ReturnType<Page['getByRole']> }[] = [
  { tab: 'Password reset', ready: (p) => p.getByLabel(/Security questions to answer/) },
  { tab: 'Security questions', ready: (p) => p.getByRole('button', { name: 'Add question' }) },
  { tab: 'User name recovery', ready: (p) => p.getByRole('checkbox', { name: 'Email the user name' }) },
  { tab: 'Self-registration', ready: (p) => p.getByRole('checkbox', { name: 'Validate the identity' }) },
  { tab: 'Portal options', ready: (p) => p.getByRole('table', { name: 'User table columns' }) },
  { tab: 'Email templates', ready: (p) => p.getByRole('textbox', { name: 'Subject' }) },
  { tab: 'Text keys', ready: (p) => p.getByRole('searchbox', { name: 'Search keys and texts' }) },
  { tab: 'Notices', ready: (p) => p.getByRole('list', { name: 'Versions' }) },
  { tab: 'Branding', ready: (p) => p.getByRole('img', { name: 'Logo image, current image' }) },
  { tab: 'Application roles', ready: (p) => p.getByRole('link', { name: 'Edit Employee' }) },
  { tab: 'Form fields', ready: (p) => p.getByRole('combobox', { name: 'Form' }) },
  { tab: 'Default language', ready: (p) => p.getByRole('textbox', { name: /Language code/ }) },
];

// Four sections per test, so that one slow axe run on a busy machine does not sink them all.
for (let first = 0; first < SECTIONS.length; first += 4) {
  const group = SECTIONS.slice(first, first + 4);
  test(`settings: ${group.map((g) => g.tab).join(', ')} load and pass axe`, async ({ page }) => {
    test.setTimeout(180_000);
    await openCip(page, 'settings/3');
    await expect(page.getByRole('heading', { name: 'Self-service settings', level: 1 })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Instance' })).toHaveValue('3');
    for (const { tab, ready } of group) {
      await page
        .getByRole('navigation', { name: 'Settings sections' })
        .getByRole('link', { name: tab })
        .click();
      await expect(ready(page)).toBeVisible();
      if (tab === 'Email templates') await expectAccessibleBesidePreview(page);
      else await expectAccessible(page, `IBM CIP settings: ${tab}`);
    }
  });
}

/**
 * The preview frame holds the tenant's own email HTML in a sandbox without scripts, where axe cannot run
 * (on a busy machine it waits for the frame until the test times out); the console around it is checked.
 */
async function expectAccessibleBesidePreview(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe[title="Email preview"]')
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, 'accessibility violations on IBM CIP settings: Email templates').toEqual([]);
}

test('settings: a saved option survives a reload', async ({ page }) => {
  await openCip(page, 'settings/3/username-recovery');
  const show = page.getByRole('checkbox', { name: 'Show the user name on screen' });
  await expect(show).toBeVisible();
  const before = await show.isChecked();
  await show.setChecked(!before);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await page.reload();
  await expect(show).toBeChecked({ checked: !before });
});

test('settings: an email template edit survives a reload, saved and as an unsaved draft', async ({
  page,
}) => {
  await openCip(page, 'settings/3/email-templates?type=10&lang=en-us');
  const subject = page.getByRole('textbox', { name: 'Subject' });
  const preview = page.frameLocator('iframe[title="Email preview"]');
  await expect(preview.getByText('has been revoked', { exact: false })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Placeholders' })).toContainText('$serviceName');

  const saved = uniqueName('Membership revoked');
  await subject.fill(saved);
  await expect(page.getByTestId('preview-subject')).toHaveText(saved);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await closeToasts(page);
  await page.reload();
  await expect(subject).toHaveValue(saved);
  await expect(page.getByText('Unsaved draft restored')).toBeHidden();

  const draft = uniqueName('Draft subject');
  await subject.fill(draft);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  // The page asks before unloading unsaved changes; the test answers yes.
  page.on('dialog', (d) => void d.accept());
  await page.reload();
  await expect(page.getByText('Unsaved draft restored')).toBeVisible();
  await expect(subject).toHaveValue(draft);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(subject).toHaveValue(saved);
});

test('settings: the email body is highlighted as HTML and the stylesheet variables as CSS', async ({
  page,
}) => {
  // The model is named for its language; plain text is one token class (mtk1) throughout, while a language's
  // tokenizer colours tags, names and values apart.
  const highlighted = (language: string) =>
    page
      .locator(`.monaco-editor[data-uri$=".${language}"] .view-lines span[class^="mtk"]:not(.mtk1)`)
      .first();
  await openCip(page, 'settings/3/email-templates?type=10&lang=en-us');
  await expect(highlighted('html')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Branding' })
    .click();
  await expect(highlighted('css')).toBeVisible();
});
