import { expect, test } from '@playwright/test';
import { listen, type Listening } from '../../src/server/listen';
import { createNhnFrameworkEmulator } from '../../src/vendors/nhn-framework/emulator';
import { expectAccessible } from '../support/a11y';
import { openDemoConnection, uniqueName } from '../support/demo-connection';

/**
 * An organization whose IP ACL admits only a documentation range: every Framework call from Tessera's
 * proxy (a loopback address here) is refused with -8. The ACL cannot be set through the API, so this
 * test's own emulator has it set in its store, as an NHN Cloud admin would in the vendor console.
 */
let upstream: Listening;
let demo: { userAccessKeyId: string; secretAccessKey: string; orgId: string };
let closeEmulator: () => void;

test.beforeAll(async () => {
  const { emulator, runtime } = createNhnFrameworkEmulator({ seed: false });
  const org = runtime.store.orgs.list()[0];
  if (!org) throw new Error('the emulator has no organization');
  runtime.store.orgs.put(org.orgId, { ...org, ipAcl: [{ ips: ['203.0.113.0/24'] }] });
  upstream = await listen(emulator.app.fetch, '127.0.0.1', 0);
  closeEmulator = () => emulator.close();
  demo = {
    userAccessKeyId: emulator.demo.settings.userAccessKeyId ?? '',
    orgId: emulator.demo.settings.orgId ?? '',
    secretAccessKey: emulator.demo.secrets.secretAccessKey ?? '',
  };
});

test.afterAll(async () => {
  await upstream.close();
  closeEmulator();
});

test("an IP ACL that leaves out Tessera's server shows a clear error, not an empty page", async ({
  page,
}) => {
  await openDemoConnection(page, 'nhn-framework', 'overview');
  const created = await page.evaluate(
    async (body) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const res = await fetch('/api/connections', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as { id?: string } };
    },
    {
      vendor: 'nhn-framework',
      name: uniqueName('acl'),
      baseUrl: upstream.url,
      settings: { ...demo, tokenBaseUrl: upstream.url },
    },
  );
  expect(created.status).toBe(201);
  await page.goto(`/c/${encodeURIComponent(created.body.id ?? '')}/governance`);
  const acl = page.getByRole('region', { name: 'IP ACL' });
  await expect(acl.getByText(/IP ACL does not allow Tessera's server address/)).toBeVisible();
  await expectAccessible(page, 'NHN IP ACL denial');
});
