import type { FieldValues } from 'react-hook-form';
import { useField } from './use-field';
import { FieldShell } from './field-shell';
import type { BaseFieldProps } from './field-props';

export type CheckboxFieldProps<T extends FieldValues> = BaseFieldProps<T>;

/** A boolean field; the label follows the box, as platform checkboxes do. */
export function CheckboxField<T extends FieldValues>(props: CheckboxFieldProps<T>) {
  const { label, help, required, className } = props;
  const { field, error } = useField(props);
  return (
    <FieldShell label={label} help={help} error={error} required={required} className={className} inline>
      {(a11y) => (
        <input
          {...a11y}
          ref={field.ref}
          name={field.name}
          type="checkbox"
          checked={Boolean(field.value)}
          onChange={(e) => field.onChange(e.target.checked)}
          onBlur={field.onBlur}
          disabled={field.disabled}
        />
      )}
    </FieldShell>
  );
}
