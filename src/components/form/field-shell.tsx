import { useId, type ReactNode } from 'react';

export type FieldA11yProps = {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
};

type FieldShellProps = {
  label: ReactNode;
  help?: ReactNode | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  /** Checkboxes put the label after the control. */
  inline?: boolean;
  className?: string | undefined;
  children: (a11y: FieldA11yProps) => ReactNode;
};

/** The label, help text and error around one control, with the ids that tie them together. */
export function FieldShell({ label, help, error, required, inline, className, children }: FieldShellProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  const control = children({
    id,
    'aria-invalid': Boolean(error),
    'aria-describedby': describedBy || undefined,
    'aria-required': required ? true : undefined,
  });
  return (
    <div className={['field', inline ? 'field-inline' : '', className ?? ''].filter(Boolean).join(' ')}>
      {inline ? (
        <div className="field-inline-row">
          {control}
          <label htmlFor={id}>{label}</label>
        </div>
      ) : (
        <>
          <label htmlFor={id}>
            {label}
            {required && (
              <span className="field-required" aria-hidden="true">
                {' '}
                *
              </span>
            )}
          </label>
          {control}
        </>
      )}
      {help && (
        <span id={helpId} className="field-help">
          {help}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
