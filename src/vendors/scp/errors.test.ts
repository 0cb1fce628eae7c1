import { describe, expect, it } from 'vitest';
import { parseScpError } from './errors';

const h = new Headers();

describe('parseScpError', () => {
  it('reads the errors list, with string or list details', () => {
    expect(
      parseScpError(
        409,
        {
          errors: [
            { status: 409, code: 'GROUP_NAME_DUPLICATED', title: 'Conflict', detail: 'Group name exists' },
          ],
        },
        h,
      ),
    ).toEqual({ detail: 'Group name exists', code: 'GROUP_NAME_DUPLICATED' });
    expect(
      parseScpError(400, { errors: [{ status: 400, detail: ['name is required', 'size too big'] }] }, h)
        .detail,
    ).toBe('name is required; size too big');
    expect(parseScpError(401, { errors: [{ status: 401, title: 'Unauthorized' }] }, h).detail).toBe(
      'Unauthorized',
    );
  });

  it('reads a bare FastAPI validation list onto fields', () => {
    const parsed = parseScpError(
      400,
      [{ loc: ['body', 'user_name'], msg: 'field required', type: 'value_error.missing' }],
      h,
    );
    expect(parsed.fieldErrors).toEqual([{ field: 'user_name', message: 'field required' }]);
    expect(parsed.detail).toBe('user_name: field required');
  });
});
