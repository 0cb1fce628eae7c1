import type { ReactNode } from 'react';
import { useFormState, type Control, type FieldValues } from 'react-hook-form';

export type SubmitButtonProps<T extends FieldValues> = {
  control: Control<T>;
  children: ReactNode;
  /** A mutation's `isPending`; the form's own `isSubmitting` counts too. */
  pending?: boolean;
  /** Shown instead of `children` while pending, e.g. "Saving…". */
  pendingLabel?: ReactNode;
  disabled?: boolean;
  variant?: 'primary' | 'danger';
  /** Submits a form elsewhere on the page, e.g. a dialog footer outside the `<form>`. */
  form?: string;
};

/** Disabled while the request runs, so a double click cannot send it twice. */
export function SubmitButton<T extends FieldValues>(props: SubmitButtonProps<T>) {
  const { control, children, pending = false, pendingLabel, disabled = false, variant = 'primary' } = props;
  const { isSubmitting } = useFormState({ control });
  const busy = pending || isSubmitting;
  return (
    <button
      type="submit"
      className={`btn btn-${variant}`}
      disabled={busy || disabled}
      aria-busy={busy || undefined}
      form={props.form}
    >
      {busy && pendingLabel ? pendingLabel : children}
    </button>
  );
}
