import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretFromOtpauthUri } from '../../../lib/otp/otpauth-uri';
import { totpCode } from '../../../lib/otp/totp';
import { EnableMfaResultSchema, GS2_ERROR_KEYS, PasswordSchema } from '../wire';
import { connect, setEndpointHost, withToken, type Sdk } from './official-sdk';
import { currentCode, sdkFailure, start, type Running } from './test-support';

let r: Running;
let admin: Sdk;
const ADMIN_ACCESS = 'grn:gs2::system:identifier:securityPolicy:AdministratorAccess';

beforeAll(async () => {
  r = await start();
  setEndpointHost(r.url);
  admin = await connect(r.emulator.admin.clientId, r.emulator.admin.clientSecret);
});
afterAll(() => r.close());

async function userWithPassword(name: string, password = 'correct horse') {
  await admin.call('createUser', { name });
  return PasswordSchema.parse((await admin.call('createPassword', { userName: name, password })).item);
}

const now = () => r.emulator.ctx.now();

describe('passwords and console login through the official SDK', () => {
  it('stores a password it never returns and logs the user in with it', async () => {
    const created = await userWithPassword('pw-user', 's3cret-value');
    expect(created).toMatchObject({
      userName: 'pw-user',
      enableTwoFactorAuthentication: 'Disable',
      revision: 0,
    });
    expect(created.twoFactorAuthenticationSetting ?? undefined).toBeUndefined();
    const got = await admin.call('getPassword', { userName: 'pw-user' });
    expect(JSON.stringify(got)).not.toContain('s3cret-value');
    await admin.call('attachSecurityPolicy', { userName: 'pw-user', securityPolicyId: ADMIN_ACCESS });
    const login = await admin.call('loginByUser', { userName: 'pw-user', password: 's3cret-value' });
    const token = (login.item as { token: string }).token;
    const asUser = await withToken(token);
    expect((await asUser.call('getUser', { userName: 'pw-user' })).item).toBeTruthy();
  });

  it('gives the same 401 for a wrong password, an unknown user and a user without password', async () => {
    await userWithPassword('pw-wrong');
    await admin.call('createUser', { name: 'no-password' });
    for (const attempt of [
      { userName: 'pw-wrong', password: 'nope' },
      { userName: 'nobody-here', password: 'nope' },
      { userName: 'no-password', password: 'nope' },
    ]) {
      expect(await sdkFailure(r, admin.call('loginByUser', attempt))).toEqual({
        status: 401,
        exception: 'UnauthorizedException',
        key: 'identifier.password.password.error.unauthorized',
      });
    }
  });

  it('refuses a second password with 409 and reads of a missing one with 404', async () => {
    await userWithPassword('pw-twice');
    expect(
      await sdkFailure(r, admin.call('createPassword', { userName: 'pw-twice', password: 'again' })),
    ).toMatchObject({ status: 409, key: 'identifier.password.password.error.duplicate' });
    await admin.call('createUser', { name: 'pw-none' });
    expect(await sdkFailure(r, admin.call('getPassword', { userName: 'pw-none' }))).toMatchObject({
      status: 404,
      key: 'identifier.password.password.error.notFound',
    });
    expect(await sdkFailure(r, admin.call('enableMfa', { userName: 'pw-none' }))).toMatchObject({
      status: 404,
    });
    expect(
      await sdkFailure(r, admin.call('createPassword', { userName: 'pw-none', password: 'x'.repeat(1025) })),
    ).toMatchObject({ status: 400, key: 'identifier.password.password.error.tooLong' });
    await admin.call('createPassword', { userName: 'pw-none', password: 'x'.repeat(1024) });
    await admin.call('loginByUser', { userName: 'pw-none', password: 'x'.repeat(1024) });
  });

  it('walks the MFA state machine: Verifying, Enable, then Disable', async () => {
    r.freeze();
    await userWithPassword('mfa-user', 'pw');
    const enabled = EnableMfaResultSchema.parse(await admin.call('enableMfa', { userName: 'mfa-user' }));
    expect(enabled.item).toMatchObject({
      enableTwoFactorAuthentication: 'RFC6238',
      twoFactorAuthenticationSetting: { status: 'Verifying' },
    });
    expect(enabled.challengeToken).toMatch(/^otpauth:\/\/totp\/GS2:mfa-user\?secret=[A-Z2-7]+&issuer=GS2/);
    const secret = secretFromOtpauthUri(enabled.challengeToken) ?? '';

    // While Verifying the password alone still signs in.
    await admin.call('loginByUser', { userName: 'mfa-user', password: 'pw' });
    const wrong = totpCode(secret, now()) === '000000' ? '111111' : '000000';
    expect(
      await sdkFailure(r, admin.call('challengeMfa', { userName: 'mfa-user', passcode: wrong })),
    ).toMatchObject({ status: 400, key: 'identifier.password.passcode.error.invalid' });
    expect(
      (
        (await admin.call('getPassword', { userName: 'mfa-user' })).item as {
          twoFactorAuthenticationSetting: { status: string };
        }
      ).twoFactorAuthenticationSetting.status,
    ).toBe('Verifying');

    const verified = await admin.call('challengeMfa', {
      userName: 'mfa-user',
      passcode: totpCode(secret, now()),
    });
    expect(verified.item).toMatchObject({ twoFactorAuthenticationSetting: { status: 'Enable' } });
    expect(await sdkFailure(r, admin.call('enableMfa', { userName: 'mfa-user' }))).toMatchObject({
      status: 400,
      key: 'identifier.password.enableTwoFactorAuthentication.error.alreadyEnabled',
    });
    expect(
      await sdkFailure(
        r,
        admin.call('challengeMfa', { userName: 'mfa-user', passcode: totpCode(secret, now()) }),
      ),
    ).toMatchObject({
      status: 400,
      key: 'identifier.password.twoFactorAuthenticationSetting.error.notVerifying',
    });

    // Now the code is required: missing is the "require" error, wrong is 401, right (±1 step) signs in.
    expect(await sdkFailure(r, admin.call('loginByUser', { userName: 'mfa-user', password: 'pw' }))).toEqual({
      status: 400,
      exception: 'BadRequestException',
      key: GS2_ERROR_KEYS.otpRequired,
    });
    expect(
      await sdkFailure(r, admin.call('loginByUser', { userName: 'mfa-user', password: 'pw', otp: wrong })),
    ).toMatchObject({ status: 401, key: GS2_ERROR_KEYS.otpWrong });
    expect(
      await sdkFailure(
        r,
        admin.call('loginByUser', { userName: 'mfa-user', password: 'bad', otp: totpCode(secret, now()) }),
      ),
    ).toMatchObject({ key: 'identifier.password.password.error.unauthorized' });
    await admin.call('loginByUser', {
      userName: 'mfa-user',
      password: 'pw',
      otp: await currentCode(r, 'mfa-user'),
    });
    await admin.call('loginByUser', {
      userName: 'mfa-user',
      password: 'pw',
      otp: totpCode(secret, now() - 30_000),
    });
    await admin.call('loginByUser', {
      userName: 'mfa-user',
      password: 'pw',
      otp: totpCode(secret, now() + 30_000),
    });
    const stale = totpCode(secret, now() - 90_000);
    if (![-1, 0, 1].some((s) => totpCode(secret, now() + s * 30_000) === stale)) {
      expect(
        await sdkFailure(r, admin.call('loginByUser', { userName: 'mfa-user', password: 'pw', otp: stale })),
      ).toMatchObject({ status: 401 });
    }

    const disabled = PasswordSchema.parse((await admin.call('disableMfa', { userName: 'mfa-user' })).item);
    expect(disabled.enableTwoFactorAuthentication).toBe('Disable');
    expect(disabled.twoFactorAuthenticationSetting ?? undefined).toBeUndefined();
    expect(await sdkFailure(r, admin.call('disableMfa', { userName: 'mfa-user' }))).toMatchObject({
      status: 400,
      key: 'identifier.password.enableTwoFactorAuthentication.error.alreadyDisabled',
    });
    await admin.call('loginByUser', { userName: 'mfa-user', password: 'pw' });
  });

  it('restarts enrolment with a new secret when enableMfa is called while Verifying', async () => {
    await userWithPassword('mfa-restart');
    const first = EnableMfaResultSchema.parse(await admin.call('enableMfa', { userName: 'mfa-restart' }));
    const second = EnableMfaResultSchema.parse(await admin.call('enableMfa', { userName: 'mfa-restart' }));
    expect(secretFromOtpauthUri(second.challengeToken)).not.toBe(secretFromOtpauthUri(first.challengeToken));
    // Cancelling a half-done enrolment is allowed.
    expect(
      PasswordSchema.parse((await admin.call('disableMfa', { userName: 'mfa-restart' })).item)
        .enableTwoFactorAuthentication,
    ).toBe('Disable');
  });

  it('checks passcode format before state', async () => {
    await userWithPassword('mfa-format');
    expect(
      await sdkFailure(r, admin.call('challengeMfa', { userName: 'mfa-format', passcode: '12345' })),
    ).toMatchObject({ status: 400, key: 'identifier.password.passcode.error.tooShort' });
    expect(
      await sdkFailure(r, admin.call('challengeMfa', { userName: 'mfa-format', passcode: '1234567' })),
    ).toMatchObject({ status: 400, key: 'identifier.password.passcode.error.tooLong' });
    expect(
      await sdkFailure(r, admin.call('challengeMfa', { userName: 'mfa-format', passcode: '12a456' })),
    ).toMatchObject({ status: 400, key: 'identifier.password.passcode.error.invalid' });
    expect(
      await sdkFailure(r, admin.call('challengeMfa', { userName: 'mfa-format', passcode: '123456' })),
    ).toMatchObject({
      status: 400,
      key: 'identifier.password.twoFactorAuthenticationSetting.error.notVerifying',
    });
  });

  it('removes MFA with the password, and the password with the user', async () => {
    await userWithPassword('pw-gone', 'pw');
    await admin.call('enableMfa', { userName: 'pw-gone' });
    const deleted = PasswordSchema.parse((await admin.call('deletePassword', { userName: 'pw-gone' })).item);
    expect(deleted.userName).toBe('pw-gone');
    expect(
      await sdkFailure(r, admin.call('loginByUser', { userName: 'pw-gone', password: 'pw' })),
    ).toMatchObject({ status: 401 });
    await admin.call('createPassword', { userName: 'pw-gone', password: 'pw' });
    expect(
      PasswordSchema.parse((await admin.call('getPassword', { userName: 'pw-gone' })).item)
        .enableTwoFactorAuthentication,
    ).toBe('Disable');
    await admin.call('deleteUser', { userName: 'pw-gone' });
    await admin.call('createUser', { name: 'pw-gone' });
    expect(await sdkFailure(r, admin.call('getPassword', { userName: 'pw-gone' }))).toMatchObject({
      status: 404,
    });
  });
});
