import type { FieldValues } from 'react-hook-form';
import { useField } from './use-field';
import { FieldShell } from './field-shell';
import type { BaseFieldProps } from './field-props';

export type TextAreaFieldProps<T extends FieldValues> = BaseFieldProps<T> & {
  rows?: number;
  placeholder?: string;
  spellCheck?: boolean;
  /** Monospace text, for keys, certificates and JSON snippets. */
  mono?: boolean;
};

export function TextAreaField<T extends FieldValues>(props: TextAreaFieldProps<T>) {
  const { label, help, required, className, rows = 4, mono } = props;
  const { field, text, error } = useField(props);
  return (
    <FieldShell label={label} help={help} error={error} required={required} className={className}>
      {(a11y) => (
        <textarea
          {...a11y}
          ref={field.ref}
          name={field.name}
          rows={rows}
          className={mono ? 'mono' : undefined}
          value={text}
          onChange={field.onChange}
          onBlur={field.onBlur}
          disabled={field.disabled}
          placeholder={props.placeholder}
          spellCheck={props.spellCheck}
        />
      )}
    </FieldShell>
  );
}
