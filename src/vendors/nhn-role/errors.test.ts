import { describe, expect, it } from 'vitest';
import { nhnRoleErrors } from './errors';

const h = new Headers();

describe('NHN ROLE errors', () => {
  it('finds a failure inside an HTTP 200 envelope and leaves successes alone', () => {
    const failed = {
      header: { isSuccessful: false, resultCode: 401, resultMessage: 'invalid appkey, secretkey' },
    };
    expect(nhnRoleErrors.detectError?.(failed, h)).toEqual({
      detail: 'invalid appkey, secretkey',
      code: '401',
    });
    expect(
      nhnRoleErrors.detectError?.(
        { header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' } },
        h,
      ),
    ).toBeUndefined();
    expect(nhnRoleErrors.detectError?.([1, 2], h)).toBeUndefined();
  });

  it('parses non-2xx envelopes, OAuth errors and text', () => {
    expect(
      nhnRoleErrors.parseError(
        404,
        { header: { isSuccessful: false, resultCode: 404, resultMessage: '' } },
        h,
      ).detail,
    ).toBe('Request failed (result code 404).');
    expect(
      nhnRoleErrors.parseError(401, { error: 'invalid_client', error_description: 'Bad key' }, h),
    ).toEqual({
      detail: 'Bad key',
      code: 'invalid_client',
    });
  });
});
