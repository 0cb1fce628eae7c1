import { describe, expect, it } from 'vitest';
import { parseGs2Error } from './errors';

const h = new Headers();

describe('parseGs2Error', () => {
  it('reads the JSON list inside message, with fields from the message key', () => {
    const body = {
      message: JSON.stringify([
        { component: 'user', message: 'identifier.user.name.error.tooLong', code: '' },
        { component: 'user', message: 'identifier.user.description.error.tooLong' },
      ]),
    };
    expect(parseGs2Error(400, body, h)).toEqual({
      detail: 'user: identifier.user.name.error.tooLong; user: identifier.user.description.error.tooLong',
      code: 'identifier.user.name.error.tooLong',
      fieldErrors: [
        { field: 'name', message: 'identifier.user.name.error.tooLong' },
        { field: 'description', message: 'identifier.user.description.error.tooLong' },
      ],
    });
  });

  it('prefers an explicit code and falls back to the raw message or text', () => {
    const body = {
      message: JSON.stringify([{ component: 'account', message: 'wrong', code: 'account.password.invalid' }]),
    };
    expect(parseGs2Error(401, body, h).code).toBe('account.password.invalid');
    expect(parseGs2Error(500, { message: 'not json' }, h)).toEqual({ detail: 'not json' });
    expect(parseGs2Error(502, 'Bad gateway\nmore', h)).toEqual({ detail: 'Bad gateway' });
    expect(parseGs2Error(500, undefined, h)).toEqual({});
  });
});
