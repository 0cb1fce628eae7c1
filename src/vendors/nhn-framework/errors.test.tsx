import { describe, expect, it } from 'vitest';
import { nhnFrameworkErrors } from './errors';

const h = new Headers();
const envelope = (resultCode: number, resultMessage: string) => ({
  header: { isSuccessful: false, resultCode, resultMessage },
});

describe('NHN Framework errors', () => {
  it('explains the result codes an operator can act on', () => {
    expect(nhnFrameworkErrors.detectError?.(envelope(-8, 'IP validation fails'), h)).toEqual({
      detail: "The organization's IP ACL does not allow Tessera's server address. (IP validation fails)",
      code: '-8',
    });
    expect(nhnFrameworkErrors.detectError?.(envelope(-6, 'forbidden'), h)?.detail).toContain('permission');
  });

  it('passes other result codes through and reads OAuth errors', () => {
    expect(nhnFrameworkErrors.parseError(200, envelope(400, 'Invalid parameter'), h)).toEqual({
      detail: 'Invalid parameter',
      code: '400',
    });
    expect(nhnFrameworkErrors.parseError(400, { error: 'unsupported_grant_type' }, h)).toEqual({
      detail: 'unsupported_grant_type',
      code: 'unsupported_grant_type',
    });
  });

  it('explains in the language of the page', () => {
    document.documentElement.lang = 'ja';
    try {
      expect(nhnFrameworkErrors.detectError?.(envelope(-8, 'IP validation fails'), h)?.detail).toBe(
        '組織の IP ACL が Tessera サーバーのアドレスを許可していません。 (IP validation fails)',
      );
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
