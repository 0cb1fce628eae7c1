import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness';
import { postSignIn, sessionFetch } from '../testing/sign-in-flow';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const body = (method: string, value: unknown) => ({ method, body: JSON.stringify(value) });
type OperatorView = {
  id: string;
  username: string;
  role: string;
  disabled: boolean;
  mustChangePassword: boolean;
};

async function operatorCount(): Promise<number> {
  return (await server.store.db.selectFrom('operators').select('id').execute()).length;
}

describe('operator administration', () => {
  it('is for admins only: operators and viewers get 403 and nothing changes', async () => {
    for (const role of ['operator', 'viewer'] as const) {
      const client = await server.signIn(role);
      const before = await operatorCount();
      expect((await client.fetch('/api/operators')).status).toBe(403);
      const create = await client.fetch(
        '/api/operators',
        body('POST', { username: `x-${role}`, displayName: 'X', role: 'admin' }),
      );
      expect(create.status).toBe(403);
      expect(await create.json()).toMatchObject({ type: 'urn:tessera:problem:forbidden' });
      const promote = await client.fetch(
        `/api/operators/${client.operator.id}`,
        body('PATCH', { role: 'admin' }),
      );
      expect(promote.status).toBe(403);
      expect(await operatorCount()).toBe(before);
      const me = (await (await client.fetch('/api/session')).json()) as { operator: { role: string } };
      expect(me.operator.role).toBe(role);
    }
  });

  it('creates an operator with a one-time password that must be changed at first sign-in', async () => {
    const admin = await server.signIn('admin');
    const res = await admin.fetch(
      '/api/operators',
      body('POST', { username: 'New.User', displayName: 'New User', role: 'viewer' }),
    );
    expect(res.status).toBe(201);
    const created = (await res.json()) as { operator: OperatorView; oneTimePassword: string };
    expect(created.operator).toMatchObject({
      username: 'new.user',
      role: 'viewer',
      mustChangePassword: true,
    });
    expect(created.oneTimePassword).toHaveLength(20);
    expect(JSON.stringify(created.operator)).not.toMatch(/hash|secret/i);

    const dup = await admin.fetch(
      '/api/operators',
      body('POST', { username: 'new.user', displayName: 'Again', role: 'viewer' }),
    );
    expect(dup.status).toBe(409);
    const bad = await admin.fetch(
      '/api/operators',
      body('POST', { username: 'a b', displayName: '', role: 'root' }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(
      ['displayName', 'role', 'username'],
    );

    const first = await postSignIn(server.url, 'new.user', created.oneTimePassword);
    expect(first.body).toMatchObject({ status: 'signed-in', session: { mustChangePassword: true } });
    const gated = await sessionFetch(server.url, first, '/api/audit');
    expect(gated.status).toBe(403);
    expect(await gated.json()).toMatchObject({ type: 'urn:tessera:problem:password-change-required' });
    const short = await sessionFetch(
      server.url,
      first,
      '/api/session/password',
      body('POST', { currentPassword: created.oneTimePassword, newPassword: 'short' }),
    );
    expect(short.status).toBe(400);
    const wrongCurrent = await sessionFetch(
      server.url,
      first,
      '/api/session/password',
      body('POST', { currentPassword: 'wrong', newPassword: 'a brand new password' }),
    );
    expect(wrongCurrent.status).toBe(400);
    const changed = await sessionFetch(
      server.url,
      first,
      '/api/session/password',
      body('POST', { currentPassword: created.oneTimePassword, newPassword: 'a brand new password' }),
    );
    expect(changed.status).toBe(200);
    expect((await sessionFetch(server.url, first, '/api/audit')).status).toBe(200);
  });

  it('revokes the other sessions on a password change and all sessions on a role change', async () => {
    const admin = await server.signIn('admin');
    const op = await server.signIn('operator', { password: 'operator password' });
    const a = await postSignIn(server.url, op.operator.username, 'operator password');
    const b = await postSignIn(server.url, op.operator.username, 'operator password');
    const list = (await (await sessionFetch(server.url, a, '/api/profile/sessions')).json()) as {
      sessions: { current: boolean }[];
    };
    expect(list.sessions.length).toBe(3);
    expect(list.sessions.filter((s) => s.current)).toHaveLength(1);

    const change = await sessionFetch(
      server.url,
      a,
      '/api/session/password',
      body('POST', { currentPassword: 'operator password', newPassword: 'operator password 2' }),
    );
    expect(change.status).toBe(200);
    expect((await sessionFetch(server.url, a, '/api/session')).status).toBe(200);
    expect((await sessionFetch(server.url, b, '/api/session')).status).toBe(401);
    expect((await op.fetch('/api/session')).status).toBe(401);

    const demote = await admin.fetch(`/api/operators/${op.operator.id}`, body('PATCH', { role: 'viewer' }));
    expect(demote.status).toBe(200);
    expect((await sessionFetch(server.url, a, '/api/session')).status).toBe(401);
  });

  it('signs out other sessions from the profile', async () => {
    const op = await server.signIn('viewer', { password: 'viewer password' });
    const other = await postSignIn(server.url, op.operator.username, 'viewer password');
    const res = await op.fetch('/api/profile/sessions/others', { method: 'DELETE' });
    expect(await res.json()).toEqual({ revoked: 1 });
    expect((await sessionFetch(server.url, other, '/api/session')).status).toBe(401);
    expect((await op.fetch('/api/session')).status).toBe(200);
  });

  it('disables and enables, resets a password, and deletes', async () => {
    const admin = await server.signIn('admin');
    const op = await server.signIn('operator');
    expect(
      (await admin.fetch(`/api/operators/${op.operator.id}`, body('PATCH', { disabled: true }))).status,
    ).toBe(200);
    expect((await op.fetch('/api/session')).status).toBe(401);
    const disabled = await postSignIn(server.url, op.operator.username, op.operator.password);
    expect(disabled.res.status).toBe(403);
    expect(
      (await admin.fetch(`/api/operators/${op.operator.id}`, body('PATCH', { disabled: false }))).status,
    ).toBe(200);
    expect((await postSignIn(server.url, op.operator.username, op.operator.password)).res.status).toBe(200);

    const reset = await admin.fetch(`/api/operators/${op.operator.id}/password-reset`, { method: 'POST' });
    const { oneTimePassword } = (await reset.json()) as { oneTimePassword: string };
    expect((await postSignIn(server.url, op.operator.username, op.operator.password)).res.status).toBe(401);
    const withNew = await postSignIn(server.url, op.operator.username, oneTimePassword);
    expect(withNew.body).toMatchObject({ session: { mustChangePassword: true } });

    expect((await admin.fetch(`/api/operators/${op.operator.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await sessionFetch(server.url, withNew, '/api/session')).status).toBe(401);
    expect((await admin.fetch(`/api/operators/${op.operator.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('never removes, demotes or disables the last active admin', async () => {
    const solo = await startTestServer();
    try {
      const admin = await solo.signIn('admin');
      const other = await solo.signIn('admin');
      // Two admins: one may be demoted. Then the remaining one is the last.
      expect(
        (await admin.fetch(`/api/operators/${other.operator.id}`, body('PATCH', { role: 'operator' })))
          .status,
      ).toBe(200);
      const demoteSelf = await admin.fetch(
        `/api/operators/${admin.operator.id}`,
        body('PATCH', { role: 'viewer' }),
      );
      expect(demoteSelf.status).toBe(409);
      expect(await demoteSelf.json()).toMatchObject({ type: 'urn:tessera:problem:last-admin' });
      expect(
        (await admin.fetch(`/api/operators/${admin.operator.id}`, body('PATCH', { disabled: true }))).status,
      ).toBe(409);
      expect((await admin.fetch(`/api/operators/${admin.operator.id}`, { method: 'DELETE' })).status).toBe(
        409,
      );
      // A disabled admin does not count as active.
      const third = await solo.signIn('admin');
      expect(
        (await admin.fetch(`/api/operators/${third.operator.id}`, body('PATCH', { disabled: true }))).status,
      ).toBe(200);
      expect(
        (await admin.fetch(`/api/operators/${admin.operator.id}`, body('PATCH', { role: 'operator' })))
          .status,
      ).toBe(409);
      const row = await solo.store.db
        .selectFrom('operators')
        .select('role')
        .where('id', '=', admin.operator.id)
        .executeTakeFirstOrThrow();
      expect(row.role).toBe('admin');
    } finally {
      await solo.close();
    }
  });

  it('rejects unknown fields and malformed JSON on updates', async () => {
    const admin = await server.signIn('admin');
    const op = await server.signIn('viewer');
    expect(
      (await admin.fetch(`/api/operators/${op.operator.id}`, body('PATCH', { password_hash: 'x' }))).status,
    ).toBe(400);
    expect(
      (await admin.fetch(`/api/operators/${op.operator.id}`, { method: 'PATCH', body: '{"role":' })).status,
    ).toBe(400);
  });
});
