import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../lib/otp/totp';
import { secretFromOtpauthUri } from '../../lib/otp/otpauth-uri';
import { startTestServer, type TestClient, type TestServer } from '../testing/harness';
import { postMfaStep, postSignIn, sessionFetch } from '../testing/sign-in-flow';

let server: TestServer;
const PASSWORD = 'mfa test password';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

/** Enrols MFA for a client; returns the secret and the recovery codes. Codes are taken 30 s apart in time. */
async function enrol(client: TestClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const start = await client.fetch('/api/profile/mfa/enrolment', { method: 'POST' });
  expect(start.status).toBe(200);
  const { otpauthUri } = (await start.json()) as { secret: string; otpauthUri: string };
  const secret = secretFromOtpauthUri(otpauthUri) ?? '';
  const confirm = await client.fetch(
    '/api/profile/mfa/enrolment/confirm',
    json({ code: totpCode(secret, Date.now() - 30_000) }),
  );
  expect(confirm.status).toBe(200);
  const { recoveryCodes } = (await confirm.json()) as { recoveryCodes: string[] };
  return { secret, recoveryCodes };
}

describe('MFA enrolment', () => {
  it('returns an otpauth URI with issuer Tessera and the username, and confirms with a current code', async () => {
    const op = await server.signIn('operator', { password: PASSWORD });
    const start = await op.fetch('/api/profile/mfa/enrolment', { method: 'POST' });
    const body = (await start.json()) as { secret: string; otpauthUri: string };
    expect(body.otpauthUri).toMatch(new RegExp(`^otpauth://totp/Tessera:${op.operator.username}\\?`));
    expect(new URL(body.otpauthUri).searchParams.get('issuer')).toBe('Tessera');
    expect(secretFromOtpauthUri(body.otpauthUri)).toBe(body.secret);

    const wrong = await op.fetch('/api/profile/mfa/enrolment/confirm', json({ code: '000000' }));
    expect(wrong.status).toBe(400);
    const far = await op.fetch(
      '/api/profile/mfa/enrolment/confirm',
      json({ code: totpCode(body.secret, Date.now() - 120_000) }),
    );
    expect(far.status).toBe(400);
    const ok = await op.fetch('/api/profile/mfa/enrolment/confirm', json({ code: totpCode(body.secret) }));
    expect(ok.status).toBe(200);
    const { recoveryCodes } = (await ok.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const stored = await server.store.db
      .selectFrom('operator_recovery_codes')
      .select('code_hash')
      .where('operator_id', '=', op.operator.id)
      .execute();
    expect(stored).toHaveLength(10);
    expect(stored.map((s) => s.code_hash)).not.toContain(recoveryCodes[0]);
    const row = await server.store.db
      .selectFrom('operators')
      .select(['mfa_secret'])
      .where('id', '=', op.operator.id)
      .executeTakeFirstOrThrow();
    expect(row.mfa_secret, 'the TOTP secret is encrypted at rest').not.toContain(body.secret);
    expect(row.mfa_secret).toMatch(/^v1\./);
    const session = (await (await op.fetch('/api/session')).json()) as {
      mfa: { enabled: boolean; recoveryCodesLeft: number };
    };
    expect(session.mfa).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect((await op.fetch('/api/profile/mfa/enrolment', { method: 'POST' })).status).toBe(409);
  });
});

describe('sign-in with MFA', () => {
  it('asks for the code, accepts it once, and refuses a replay', async () => {
    const op = await server.signIn('operator', { password: PASSWORD });
    const { secret } = await enrol(op);
    const first = await postSignIn(server.url, op.operator.username, PASSWORD);
    expect(first.body).toEqual({ status: 'mfa-required', csrfToken: expect.any(String) as string });
    // The pending step opens nothing else.
    expect((await sessionFetch(server.url, first, '/api/session')).status).toBe(401);
    const code = totpCode(secret);
    const noCsrf = await postMfaStep(server.url, { cookie: first.cookie, csrfToken: 'x' }, { code });
    expect(noCsrf.res.status).toBe(403);
    const step = await postMfaStep(server.url, first, { code });
    expect(step.res.status).toBe(200);
    expect(step.cookie).toBeDefined();
    expect(step.cookie).not.toBe(first.cookie);
    expect((await sessionFetch(server.url, step, '/api/session')).status).toBe(200);

    const again = await postSignIn(server.url, op.operator.username, PASSWORD);
    const replay = await postMfaStep(server.url, again, { code });
    expect(replay.res.status).toBe(401);
    expect(replay.body).toMatchObject({ type: 'urn:tessera:problem:bad-code' });
    const wrong = await postMfaStep(server.url, again, { code: '123456' === code ? '654321' : '123456' });
    expect(wrong.res.status).toBe(401);
  });

  it('accepts each recovery code once', async () => {
    const op = await server.signIn('viewer', { password: PASSWORD });
    const { recoveryCodes } = await enrol(op);
    const [code] = recoveryCodes;
    const a = await postSignIn(server.url, op.operator.username, PASSWORD);
    const ok = await postMfaStep(server.url, a, { recoveryCode: (code ?? '').toUpperCase() });
    expect(ok.res.status).toBe(200);
    const b = await postSignIn(server.url, op.operator.username, PASSWORD);
    const reused = await postMfaStep(server.url, b, { recoveryCode: code ?? '' });
    expect(reused.res.status).toBe(401);
    const info = (await (await sessionFetch(server.url, ok, '/api/session')).json()) as {
      mfa: { recoveryCodesLeft: number };
    };
    expect(info.mfa.recoveryCodesLeft).toBe(9);
  });

  it('disables MFA only with the password and a valid code', async () => {
    const op = await server.signIn('operator', { password: PASSWORD });
    const { secret } = await enrol(op);
    const wrongPassword = await op.fetch(
      '/api/profile/mfa/disable',
      json({ password: 'nope', code: totpCode(secret) }),
    );
    expect(wrongPassword.status).toBe(400);
    const wrongCode = await op.fetch(
      '/api/profile/mfa/disable',
      json({ password: PASSWORD, code: '000000' }),
    );
    expect(wrongCode.status).toBe(400);
    const row = await server.store.db
      .selectFrom('operators')
      .select('mfa_enabled')
      .where('id', '=', op.operator.id)
      .executeTakeFirstOrThrow();
    expect(row.mfa_enabled).toBe(1);
    const ok = await op.fetch(
      '/api/profile/mfa/disable',
      json({ password: PASSWORD, code: totpCode(secret) }),
    );
    expect(ok.status).toBe(204);
    const after = await postSignIn(server.url, op.operator.username, PASSWORD);
    expect(after.body).toMatchObject({ status: 'signed-in' });
  });

  it('lets an admin reset another operator’s MFA and require MFA for everyone', async () => {
    const admin = await server.signIn('admin');
    const op = await server.signIn('operator', { password: PASSWORD });
    await enrol(op);
    expect((await admin.fetch(`/api/operators/${op.operator.id}/mfa-reset`, { method: 'POST' })).status).toBe(
      204,
    );
    expect((await op.fetch('/api/session')).status).toBe(401);

    const viewerPolicy = await (
      await server.signIn('viewer')
    ).fetch('/api/auth-policy', { method: 'PUT', body: JSON.stringify({ requireMfa: true }) });
    expect(viewerPolicy.status).toBe(403);
    expect(
      (await admin.fetch('/api/auth-policy', { method: 'PUT', body: JSON.stringify({ requireMfa: true }) }))
        .status,
    ).toBe(200);
    try {
      const r = await postSignIn(server.url, op.operator.username, PASSWORD);
      expect(r.body).toMatchObject({ status: 'signed-in', session: { mustEnrolMfa: true } });
      const blocked = await sessionFetch(server.url, r, '/api/audit');
      expect(blocked.status).toBe(403);
      expect(await blocked.json()).toMatchObject({ type: 'urn:tessera:problem:mfa-enrolment-required' });
      expect(
        (await sessionFetch(server.url, r, '/api/profile/mfa/enrolment', { method: 'POST' })).status,
      ).toBe(200);
    } finally {
      await admin.fetch('/api/auth-policy', { method: 'PUT', body: JSON.stringify({ requireMfa: false }) });
    }
  });
});
