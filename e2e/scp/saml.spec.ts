import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { closeToasts, openDemoConnection, uniqueName } from '../support/demo-connection';

const METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.e2e.example/realms/e2e">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.e2e.example/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

test('SAML: a malformed file is refused with a clear reason; valid metadata is parsed, shown and deleted', async ({
  page,
}) => {
  const name = uniqueName('e2e-idp');
  await openDemoConnection(page, 'scp', 'saml');
  await expect(page.getByRole('heading', { name: 'SAML providers', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP SAML providers');

  await page.getByRole('link', { name: 'Add provider' }).click();
  await page.getByLabel('Provider name').fill(name);
  await page.getByLabel('Metadata XML').setInputFiles({
    name: 'broken.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from('this is not XML'),
  });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByText('SCP refused the metadata')).toBeVisible();
  await expect(page.getByText('file is not an XML document.')).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP SAML upload with an error');

  await page.getByLabel('Metadata XML').setInputFiles({
    name: 'idp.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(METADATA),
  });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('https://idp.e2e.example/realms/e2e')).toBeVisible();
  await expect(page.getByText('https://idp.e2e.example/sso')).toBeVisible();
  await expect(page.getByText(/\/acs$/)).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, 'SCP SAML provider');

  await page.getByRole('button', { name: 'Delete provider' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: 'Delete provider' }).click();
  await expect(page.getByRole('heading', { name: 'SAML providers', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeHidden();
});
