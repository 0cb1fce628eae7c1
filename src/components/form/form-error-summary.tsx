import { useFormState, type Control, type FieldValues } from 'react-hook-form';
import type { FieldError } from '@/lib/http/errors';
import { flattenErrors } from './flatten-errors';
import { useFormText } from './form-text';

export type FormErrorSummaryProps<T extends FieldValues> = {
  control: Control<T>;
  /** What `applyServerErrors` could not put on a field; shown as plain text. */
  serverErrors?: readonly FieldError[];
  title?: string;
};

function focusField(from: HTMLElement, path: string) {
  const form = from.closest('form');
  const target = form?.elements.namedItem(path);
  if (target instanceof HTMLElement) target.focus();
  else if (target instanceof RadioNodeList) (target[0] as HTMLElement | undefined)?.focus();
}

/**
 * Lists every problem of the last submit in one place, each field error a button that moves focus to the
 * field, and the server's errors that belong to no field. Announced as an alert when it appears.
 */
export function FormErrorSummary<T extends FieldValues>({
  control,
  serverErrors = [],
  title,
}: FormErrorSummaryProps<T>) {
  const t = useFormText();
  const { errors, submitCount } = useFormState({ control });
  const fieldErrors = submitCount > 0 ? flattenErrors(errors) : [];
  if (fieldErrors.length === 0 && serverErrors.length === 0) return null;
  return (
    <div className="form-error-summary error-panel" role="alert">
      <h2 className="form-error-summary-title">{title ?? t.summaryTitle}</h2>
      <ul>
        {serverErrors.map((e, i) => (
          <li key={`server-${String(i)}`}>{e.field ? `${e.field}: ${e.message}` : e.message}</li>
        ))}
        {fieldErrors.map((e) => (
          <li key={e.path}>
            <button
              type="button"
              className="link-button"
              onClick={(ev) => focusField(ev.currentTarget, e.path)}
            >
              {e.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
