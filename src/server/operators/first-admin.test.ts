import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness';
import { postSignIn } from '../testing/sign-in-flow';
import { ensureFirstAdmin } from './first-admin';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('first start', () => {
  it('creates admin with a random password shown once, and forces a change at first sign-in', async () => {
    server = await startTestServer();
    const notices = await ensureFirstAdmin(server.store, server.config);
    const password = notices[1]?.trim() ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await ensureFirstAdmin(server.store, server.config)).toEqual([]);
    const r = await postSignIn(server.url, 'admin', password);
    expect(r.body).toMatchObject({
      status: 'signed-in',
      session: { operator: { role: 'admin' }, mustChangePassword: true },
    });
    const audit = JSON.stringify(await server.store.db.selectFrom('audit_log').selectAll().execute());
    expect(audit).not.toContain(password);
  });

  it('uses TESSERA_ADMIN_PASSWORD without printing it, and still forces a change', async () => {
    server = await startTestServer({ adminPassword: 'from the environment' });
    const notices = await ensureFirstAdmin(server.store, server.config);
    expect(notices.join('\n')).not.toContain('from the environment');
    const r = await postSignIn(server.url, 'admin', 'from the environment');
    expect(r.body).toMatchObject({ session: { mustChangePassword: true } });
  });
});
