import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { HttpError, describeError, type FieldError } from '@/lib/http/errors';

/**
 * Servers and vendors spell field paths differently (`a.b`, `a[0].b`, `/a/0/b`); react-hook-form wants
 * `a.0.b`. An empty result means the error belongs to the whole form.
 */
export function toFieldPath(field: string): string {
  return field
    .replace(/\[(\w+)\]/g, '.$1')
    .split(/[./]/)
    .filter((part) => part !== '')
    .join('.');
}

/** A field path is known when it or one of its parents is a field of the form (`tags` owns `tags.0`). */
function isKnown(path: string, fields: readonly string[] | undefined): boolean {
  if (!fields) return true;
  return fields.some((f) => path === f || path.startsWith(`${f}.`));
}

function ownerField(path: string, fields: readonly string[] | undefined): string {
  if (!fields) return path;
  return fields.find((f) => path === f) ?? fields.find((f) => path.startsWith(`${f}.`)) ?? path;
}

export type ApplyServerErrorsOptions = {
  /**
   * The paths the form shows. Errors on other paths would be set on nothing and never seen, so they are
   * returned instead. Without it every non-empty path is assumed to be a field.
   */
  fields?: readonly string[];
};

/**
 * Puts the server's field errors on the matching fields and returns what it could not place, for the
 * form's error summary. A refusal without field errors (or any other failure) becomes one form-level
 * error with the sentence `describeError` chooses. The form's values are left untouched.
 */
export function applyServerErrors<T extends FieldValues>(
  err: unknown,
  setError: UseFormSetError<T>,
  options: ApplyServerErrorsOptions = {},
): FieldError[] {
  const fieldErrors = err instanceof HttpError ? err.fieldErrors : [];
  if (fieldErrors.length === 0) return [{ field: '', message: describeError(err) }];
  const unplaced: FieldError[] = [];
  let focused = false;
  for (const fe of fieldErrors) {
    const path = toFieldPath(fe.field);
    if (path === '' || !isKnown(path, options.fields)) {
      unplaced.push(fe);
      continue;
    }
    // The first placed error takes focus, so keyboard and screen reader users land on what to fix.
    setError(
      ownerField(path, options.fields) as Path<T>,
      { type: 'server', message: fe.message },
      {
        shouldFocus: !focused,
      },
    );
    focused = true;
  }
  return unplaced;
}
