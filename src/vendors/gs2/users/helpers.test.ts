import { describe, expect, it } from 'vitest';
import { secretFromOtpauthUri } from '@/lib/otp/otpauth-uri';
import type { Password } from '../wire';
import { challengeToOtpauth } from './mfa-uri';
import { passwordState } from './password-state';
import { filterByPrefix, readPageSize } from './search';

const pw = (over: Partial<Password>): Password => ({
  passwordId: 'grn:gs2::o:identifier:user:a',
  userId: 'grn:gs2::o:identifier:user:a',
  userName: 'a',
  createdAt: 1,
  ...over,
});

describe('filterByPrefix', () => {
  const users = [{ name: 'mina.sato' }, { name: 'Mike' }, { name: 'yuki.yamamoto' }];
  it('matches name prefixes case-insensitively and ignores surrounding spaces', () => {
    expect(filterByPrefix(users, ' mi ').map((u) => u.name)).toEqual(['mina.sato', 'Mike']);
  });
  it('does not match inside names', () => {
    expect(filterByPrefix(users, 'sato')).toEqual([]);
  });
  it('keeps everything for an empty prefix', () => {
    expect(filterByPrefix(users, '')).toHaveLength(3);
  });
});

describe('readPageSize', () => {
  it('accepts the offered sizes and falls back to 30', () => {
    expect(readPageSize('100')).toBe(100);
    expect(readPageSize('0')).toBe(30);
    expect(readPageSize('5000')).toBe(30);
    expect(readPageSize(null)).toBe(30);
  });
});

describe('passwordState', () => {
  it('tells the four states apart', () => {
    expect(passwordState(null)).toBe('none');
    expect(passwordState(pw({ enableTwoFactorAuthentication: 'Disable' }))).toBe('password');
    expect(passwordState(pw({}))).toBe('password');
    expect(
      passwordState(
        pw({
          enableTwoFactorAuthentication: 'RFC6238',
          twoFactorAuthenticationSetting: { status: 'Verifying' },
        }),
      ),
    ).toBe('verifying');
    expect(
      passwordState(
        pw({
          enableTwoFactorAuthentication: 'RFC6238',
          twoFactorAuthenticationSetting: { status: 'Enable' },
        }),
      ),
    ).toBe('enabled');
  });
});

describe('challengeToOtpauth', () => {
  it('keeps an otpauth URI as it is', () => {
    const uri = 'otpauth://totp/GS2:mina?secret=JBSWY3DPEHPK3PXP&issuer=GS2';
    expect(challengeToOtpauth(uri, 'mina')).toEqual({ uri });
  });
  it('wraps a bare base32 secret in a Key URI for the user', () => {
    const r = challengeToOtpauth('jbsw y3dp ehpk3pxp', 'mina.sato');
    expect(r.secret).toBe('JBSWY3DPEHPK3PXP');
    expect(r.uri.startsWith('otpauth://totp/GS2:mina.sato?')).toBe(true);
    expect(secretFromOtpauthUri(r.uri)).toBe('JBSWY3DPEHPK3PXP');
  });
});
