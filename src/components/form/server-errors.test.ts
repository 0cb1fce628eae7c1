import { describe, expect, it, vi } from 'vitest';
import { HttpError, NetworkError } from '@/lib/http/errors';
import { applyServerErrors, toFieldPath } from './server-errors';

const refusal = (fieldErrors: { field: string; message: string }[]) =>
  new HttpError(400, 'POST', '/api/x', {}, undefined, 'Invalid', 'validation', fieldErrors);

describe('toFieldPath', () => {
  it.each([
    ['name', 'name'],
    ['a.b', 'a.b'],
    ['a[0].b', 'a.0.b'],
    ['/a/0/b', 'a.0.b'],
    ['', ''],
    ['/', ''],
  ])('%s → %s', (input, expected) => {
    expect(toFieldPath(input)).toBe(expected);
  });
});

describe('applyServerErrors', () => {
  it('sets each known field error, focusing only the first, and returns the rest', () => {
    const setError = vi.fn();
    const rest = applyServerErrors(
      refusal([
        { field: 'a.b', message: 'bad b' },
        { field: 'tags[1]', message: 'bad tag' },
        { field: 'other', message: 'not here' },
        { field: '', message: 'whole form' },
      ]),
      setError,
      { fields: ['a.b', 'tags'] },
    );
    expect(setError.mock.calls).toEqual([
      ['a.b', { type: 'server', message: 'bad b' }, { shouldFocus: true }],
      ['tags', { type: 'server', message: 'bad tag' }, { shouldFocus: false }],
    ]);
    expect(rest).toEqual([
      { field: 'other', message: 'not here' },
      { field: '', message: 'whole form' },
    ]);
  });

  it('places every named path when the form does not list its fields', () => {
    const setError = vi.fn();
    const rest = applyServerErrors(refusal([{ field: 'x.y', message: 'm' }]), setError);
    expect(setError).toHaveBeenCalledWith('x.y', { type: 'server', message: 'm' }, { shouldFocus: true });
    expect(rest).toEqual([]);
  });

  it('turns other failures into one form-level error', () => {
    const setError = vi.fn();
    const rest = applyServerErrors(new NetworkError('POST', '/api/x', 'offline'), setError);
    expect(setError).not.toHaveBeenCalled();
    expect(rest).toEqual([
      { field: '', message: 'Cannot reach Tessera. Check your connection and try again.' },
    ]);
  });
});
