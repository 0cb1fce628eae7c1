import type { FieldValues } from 'react-hook-form';
import { useField } from './use-field';
import { FieldShell } from './field-shell';
import type { BaseFieldProps } from './field-props';
import { useFormText } from './form-text';

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectFieldProps<T extends FieldValues> = BaseFieldProps<T> & {
  options: readonly SelectOption[];
  /** Shows an empty first option; the schema decides whether leaving it is an error. */
  placeholder?: string | true;
};

export function SelectField<T extends FieldValues>(props: SelectFieldProps<T>) {
  const { label, help, required, className, options, placeholder } = props;
  const t = useFormText();
  const { field, text, error } = useField(props);
  return (
    <FieldShell label={label} help={help} error={error} required={required} className={className}>
      {(a11y) => (
        <select
          {...a11y}
          ref={field.ref}
          name={field.name}
          value={text}
          onChange={field.onChange}
          onBlur={field.onBlur}
          disabled={field.disabled}
        >
          {placeholder !== undefined && (
            <option value="">{placeholder === true ? t.choose : placeholder}</option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
