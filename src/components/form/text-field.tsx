import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useField } from './use-field';
import { FieldShell } from './field-shell';
import type { BaseFieldProps } from './field-props';

export type TextFieldProps<T extends FieldValues> = BaseFieldProps<T> & {
  type?: Extract<HTMLInputTypeAttribute, 'text' | 'email' | 'url' | 'search' | 'tel' | 'number'>;
  autoComplete?: string;
  placeholder?: string;
  inputMode?: 'text' | 'email' | 'url' | 'numeric' | 'decimal' | 'tel' | 'search';
  spellCheck?: boolean;
  /** Rendered after the input, e.g. a unit or a button. */
  suffix?: ReactNode;
};

export function TextField<T extends FieldValues>(props: TextFieldProps<T>) {
  const { label, help, required, className, type = 'text', suffix } = props;
  const { field, text, error } = useField(props);
  return (
    <FieldShell label={label} help={help} error={error} required={required} className={className}>
      {(a11y) => (
        <div className="field-control">
          <input
            {...a11y}
            ref={field.ref}
            name={field.name}
            type={type}
            value={text}
            onChange={field.onChange}
            onBlur={field.onBlur}
            disabled={field.disabled}
            autoComplete={props.autoComplete}
            placeholder={props.placeholder}
            inputMode={props.inputMode}
            spellCheck={props.spellCheck}
          />
          {suffix}
        </div>
      )}
    </FieldShell>
  );
}
