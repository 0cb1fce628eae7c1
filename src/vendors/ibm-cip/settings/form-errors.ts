import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { applyServerErrors } from '@/components/form';
import { describeError, HttpError, type FieldError } from '@/lib/http/errors';

/** The self-service error names the settings forms can meet, in the words an administrator uses. */
export type CipErrorWords = {
  InvalidParameter: string;
  InstanceNotFound: string;
  RoleNotFound: string;
  RoleCreateError: string;
  NotFound: string;
  InternalError: string;
};

const isErrorName = (s: string): s is keyof CipErrorWords => /^[A-Z][A-Za-z]+$/.test(s);

/**
 * One sentence for a failed self-service call. The API's status object names the error (`InvalidParameter`),
 * which means nothing to an administrator, so known names are replaced by a sentence of ours.
 */
export function describeSsError(err: unknown, words: CipErrorWords): string {
  if (err instanceof HttpError && err.detail && isErrorName(err.detail) && err.detail in words)
    return words[err.detail];
  return describeError(err);
}

/**
 * The API reports a bad field by its path in the request body (`data.options.kbaQuestionCount`); the form
 * names it `kbaQuestionCount`. Errors are moved onto the form's fields; what belongs to no field is
 * returned for the form's summary, led by the sentence for the error name.
 */
export function applySsErrors<T extends FieldValues>(
  err: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  words: CipErrorWords,
  prefixes: readonly string[] = ['data.options.', 'data.', 'updatedData.'],
): FieldError[] {
  if (!(err instanceof HttpError) || err.fieldErrors.length === 0)
    return [{ field: '', message: describeSsError(err, words) }];
  const strip = (f: string) =>
    prefixes.reduce((acc, p) => (acc.startsWith(p) ? acc.slice(p.length) : acc), f);
  const remapped = new HttpError(
    err.status,
    err.method,
    err.url,
    err.body,
    err.requestId,
    err.detail,
    err.code,
    err.fieldErrors.map((fe) => ({ field: strip(fe.field), message: fe.message })),
  );
  const unplaced = applyServerErrors(remapped, setError, { fields });
  // The summary leads with the sentence; a failure without a field arrives as `{<ErrorName>: <text>}`,
  // whose name is not a field to show.
  return [
    { field: '', message: describeSsError(err, words) },
    ...unplaced.map((fe) => (isErrorName(fe.field) ? { field: '', message: fe.message } : fe)),
  ];
}
