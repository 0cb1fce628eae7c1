import { describe, expect, it } from 'vitest';
import { parseIbmCipError } from './errors';

const h = new Headers();

describe('parseIbmCipError', () => {
  it('shows the sentence of developerMessage and keeps message as the code', () => {
    const body = {
      status: 404,
      code: 404,
      message: 'UserNotFound',
      developerMessage:
        'com.lsg.gma.api.exception.UserNotFoundException: The user was not found in the directory',
    };
    expect(parseIbmCipError(404, body, h)).toEqual({
      detail: 'The user was not found in the directory',
      code: 'UserNotFound',
    });
  });

  it('reads OAuth 401 bodies and the self-service status object', () => {
    expect(
      parseIbmCipError(401, { error: 'invalid_token', error_description: 'Invalid access token: x' }, h).code,
    ).toBe('invalid_token');
    expect(
      parseIbmCipError(
        400,
        {
          status: {
            success: false,
            apiError: true,
            message: 'Validation failed',
            errors: { instanceName: 'Required' },
          },
        },
        h,
      ),
    ).toEqual({ detail: 'Validation failed', fieldErrors: [{ field: 'instanceName', message: 'Required' }] });
  });
});
