import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useField } from './use-field';
import { FieldShell } from './field-shell';
import type { BaseFieldProps } from './field-props';
import { useFormText } from './form-text';

export type PasswordFieldProps<T extends FieldValues> = BaseFieldProps<T> & {
  /** `new-password` lets password managers offer a generated one; `current-password` fills a saved one. */
  autoComplete?: 'current-password' | 'new-password' | 'off' | 'one-time-code';
  /** The text of the label for the show/hide button, when `label` is not plain text. */
  labelText?: string;
};

/** A password input with a show/hide switch; the value lives only in the form state. */
export function PasswordField<T extends FieldValues>(props: PasswordFieldProps<T>) {
  const { label, help, required, className, autoComplete = 'current-password' } = props;
  const t = useFormText();
  const [visible, setVisible] = useState(false);
  const { field, text, error } = useField(props);
  const labelText = props.labelText ?? (typeof label === 'string' ? label : '');
  return (
    <FieldShell label={label} help={help} error={error} required={required} className={className}>
      {(a11y) => (
        <div className="field-control">
          <input
            {...a11y}
            ref={field.ref}
            name={field.name}
            type={visible ? 'text' : 'password'}
            value={text}
            onChange={field.onChange}
            onBlur={field.onBlur}
            disabled={field.disabled}
            autoComplete={autoComplete}
            spellCheck={false}
            autoCapitalize="off"
          />
          <button
            type="button"
            className="btn btn-ghost"
            aria-pressed={visible}
            aria-label={visible ? t.hidePassword(labelText) : t.showPassword(labelText)}
            disabled={field.disabled}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? t.hide : t.show}
          </button>
        </div>
      )}
    </FieldShell>
  );
}
