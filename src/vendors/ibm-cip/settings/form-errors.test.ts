import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '@/lib/http/errors';
import { applySsErrors, describeSsError } from './form-errors';

const words = {
  InvalidParameter: 'Some values were not accepted.',
  InstanceNotFound: 'This instance no longer exists.',
  RoleNotFound: 'Role gone.',
  RoleCreateError: 'Name taken.',
  NotFound: 'Unknown call.',
  InternalError: 'Portal failed.',
};
const refusal = (detail: string, fieldErrors: { field: string; message: string }[]) =>
  new HttpError(400, 'POST', '/x', {}, undefined, detail, undefined, fieldErrors);

describe('self-service errors in the user’s words', () => {
  it('replaces a known error name by a sentence and leaves other details as they are', () => {
    expect(describeSsError(refusal('InstanceNotFound', []), words)).toBe('This instance no longer exists.');
    expect(describeSsError(refusal('The body is not JSON', []), words)).toBe('The body is not JSON');
  });

  it('moves body paths onto form fields and keeps the rest for the summary', () => {
    const setError = vi.fn();
    const left = applySsErrors(
      refusal('InvalidParameter', [
        { field: 'data.options.kbaQuestionCount', message: 'Too small' },
        { field: 'instanceId', message: 'unknown instance' },
      ]),
      setError,
      ['kbaQuestionCount'],
      words,
    );
    expect(setError).toHaveBeenCalledWith(
      'kbaQuestionCount',
      { type: 'server', message: 'Too small' },
      { shouldFocus: true },
    );
    expect(left).toEqual([
      { field: '', message: 'Some values were not accepted.' },
      { field: 'instanceId', message: 'unknown instance' },
    ]);
  });

  it('shows an error without a field by its text, not by its name', () => {
    const left = applySsErrors(
      refusal('RoleNotFound', [{ field: 'RoleNotFound', message: 'The role x was not found' }]),
      vi.fn(),
      ['name'],
      words,
    );
    expect(left).toEqual([
      { field: '', message: 'Role gone.' },
      { field: '', message: 'The role x was not found' },
    ]);
  });
});
