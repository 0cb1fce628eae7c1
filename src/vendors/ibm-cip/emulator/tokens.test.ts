import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CipErrorSchema, TokenCreatedResponseSchema, TokenDetailsResponseSchema } from '../wire';
import { startCip, type TestCip } from './test-support';

const JUN = '224187d8-6aee-42e8-826d-4384a5459efd';

describe('ibm-cip verification tokens', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());
  const errorOf = (body: unknown) => CipErrorSchema.parse(body);

  it('V1 lists the token types with totalCount', async () => {
    const res = await cip.call('GET', '/GmaApi/verificationToken/tokenTypes');
    expect(res.body).toMatchObject({ status: 'success', totalCount: 7 });
    expect(res.body).toHaveProperty(
      'entries',
      expect.arrayContaining([
        'passwordResetToken',
        'accountClaimingToken',
        'sessionVerificationToken',
        'federationContextToken',
      ]),
    );
  });

  it('V5 creates a token for a user (quoted gtwayUuid in the query, as printed) and V2 reads it until it expires', async () => {
    const created = await cip.call(
      'POST',
      `/GmaApi/verificationToken/token/passwordResetToken?gtwayUuid="${JUN}"`,
      undefined,
      { 'Content-Type': 'application/json' },
    );
    expect(created.status).toBe(200);
    const token = TokenCreatedResponseSchema.parse(created.body).entry;
    expect(token).toMatchObject({
      type: 'passwordResetToken',
      gtwayUuid: JUN,
      expiry: 1800,
      extensionData: 'null',
    });
    expect(token.value).toMatch(/^[0-9a-f-]{36}$/);
    const details = TokenDetailsResponseSchema.parse(
      (await cip.call('GET', `/GmaApi/verificationToken/token?tokenValue=${token.value}`)).body,
    );
    expect(details.entry).toEqual({
      type: 'passwordResetToken',
      value: token.value,
      gtwayUuid: JUN,
      expiry: '1800',
      extensionData: 'null',
    });
    cip.advance(1_000_000);
    expect(
      TokenDetailsResponseSchema.parse(
        (await cip.call('GET', `/GmaApi/verificationToken/token?tokenValue=${token.value}`)).body,
      ).entry.expiry,
    ).toBe('800');
    cip.advance(800_000);
    const gone = await cip.call('GET', `/GmaApi/verificationToken/token?tokenValue=${token.value}`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone.body).message).toBe('TokenNotFound');
  });

  it('V5 makes one-time passcodes of the configured length and requires user_session_id for federation context', async () => {
    const otp = TokenCreatedResponseSchema.parse(
      (
        await cip.call('POST', '/GmaApi/verificationToken/token/oneTimePasscodeToken', {
          json: { gtwayUuid: JUN },
        })
      ).body,
    ).entry;
    expect(otp.value).toMatch(/^\d{6}$/);
    expect(otp.expiry).toBe(600);
    const fed = await cip.call('POST', '/GmaApi/verificationToken/token/federationContextToken', {
      form: { gtwayUuid: JUN },
    });
    expect(fed.status).toBe(400);
    const withSession = await cip.call('POST', '/GmaApi/verificationToken/token/federationContextToken', {
      json: { gtwayUuid: JUN, extensionData: { user_session_id: 'abc' } },
    });
    expect(TokenCreatedResponseSchema.parse(withSession.body).entry).toMatchObject({
      expiry: 30,
      extensionData: '{"user_session_id":"abc"}',
    });
    expect(
      (
        await cip.call('POST', '/GmaApi/verificationToken/token/passwordResetToken', {
          form: { gtwayUuid: 'ghost' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await cip.call('POST', '/GmaApi/verificationToken/token/passwordResetToken', { form: {} })).status,
    ).toBe(400);
    expect(
      errorOf((await cip.call('POST', `/GmaApi/verificationToken/token/magicToken?gtwayUuid=${JUN}`)).body)
        .message,
    ).toBe('TokenTypeConfigurationError');
  });

  it('V3/V4 read and replace a configuration; omitted values return to their defaults', async () => {
    expect(
      (await cip.call('GET', '/GmaApi/verificationToken/tokenConfig/?type=oneTimePasscodeToken')).body,
    ).toEqual({ status: 'success', entry: { expiry: '600', tokenLength: '6' } });
    const set = await cip.call(
      'POST',
      '/GmaApi/verificationToken/tokenConfig/oneTimePasscodeToken?token.expirytime=7777&token.tokenlength=19',
      undefined,
      { 'Content-Type': 'application/json' },
    );
    expect(set.body).toEqual({ status: 'success' });
    expect(
      (await cip.call('GET', '/GmaApi/verificationToken/tokenConfig?type=oneTimePasscodeToken')).body,
    ).toEqual({ status: 'success', entry: { expiry: '7777', tokenLength: '19' } });
    const otp = TokenCreatedResponseSchema.parse(
      (
        await cip.call('POST', '/GmaApi/verificationToken/token/oneTimePasscodeToken', {
          form: { gtwayUuid: JUN },
        })
      ).body,
    ).entry;
    expect(otp.value).toMatch(/^\d{19}$/);
    await cip.call('POST', '/GmaApi/verificationToken/tokenConfig/oneTimePasscodeToken', {
      form: { 'token.expirytime': '60' },
    });
    expect(
      (await cip.call('GET', '/GmaApi/verificationToken/tokenConfig?type=oneTimePasscodeToken')).body,
    ).toEqual({ status: 'success', entry: { expiry: '60', tokenLength: '6' } });
    await cip.call('POST', '/GmaApi/verificationToken/tokenConfig/sessionVerificationToken', {
      json: { 'token.expirytime': 300 },
    });
    expect(
      (await cip.call('GET', '/GmaApi/verificationToken/tokenConfig?type=sessionVerificationToken')).body,
    ).toEqual({ status: 'success', entry: { expiry: '300' } });
    expect((await cip.call('GET', '/GmaApi/verificationToken/tokenConfig')).status).toBe(400);
  });

  it('V4 refuses token lengths outside 1..19 with the documented texts', async () => {
    const zero = await cip.call(
      'POST',
      '/GmaApi/verificationToken/tokenConfig/oneTimePasscodeToken?token.tokenlength=0',
    );
    expect(zero.status).toBe(400);
    expect(zero.body).toEqual({
      status: 400,
      code: 400,
      message: 'TokenTypeConfigurationError',
      developerMessage:
        'com.lsg.gma.api.exception.TokenTypeConfigurationException: Token Length of 0 is not allowed, token length must be greater than zero',
    });
    const twenty = await cip.call(
      'POST',
      '/GmaApi/verificationToken/tokenConfig/oneTimePasscodeToken?token.tokenlength=20',
    );
    expect(errorOf(twenty.body).developerMessage).toBe(
      'com.lsg.gma.api.exception.TokenTypeConfigurationException: Token Length of 20 is greater than the max allowed of: 19',
    );
    expect(
      (await cip.call('POST', '/GmaApi/verificationToken/tokenConfig/passwordResetToken?token.tokenlength=8'))
        .status,
    ).toBe(400);
    expect(
      (
        await cip.call(
          'POST',
          '/GmaApi/verificationToken/tokenConfig/passwordResetToken?token.expirytime=soon',
        )
      ).status,
    ).toBe(400);
  });

  it('V6 deletes a token', async () => {
    const token = TokenCreatedResponseSchema.parse(
      (
        await cip.call('POST', '/GmaApi/verificationToken/token/accountClaimingToken', {
          form: { gtwayUuid: JUN },
        })
      ).body,
    ).entry;
    expect((await cip.call('DELETE', `/GmaApi/verificationToken/token/${token.value}`)).body).toEqual({
      status: 'success',
    });
    expect((await cip.call('GET', `/GmaApi/verificationToken/token?tokenValue=${token.value}`)).status).toBe(
      404,
    );
    expect((await cip.call('DELETE', `/GmaApi/verificationToken/token/${token.value}`)).status).toBe(404);
  });
});
