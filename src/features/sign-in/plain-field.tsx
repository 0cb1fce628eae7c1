import { FieldShell } from '@/components/form/field-shell';
import '@/components/form/form.css';

type Props = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  help?: string | undefined;
  type?: 'text' | 'password';
  autoComplete: string;
  inputMode?: 'text' | 'numeric';
};

/**
 * A labelled input on the shared field shell, without react-hook-form or zod: the pages before sign-in
 * have a small download budget, and their forms have two or three fields.
 */
export function PlainField({
  label,
  name,
  value,
  onChange,
  error,
  help,
  type = 'text',
  autoComplete,
  inputMode,
}: Props) {
  return (
    <FieldShell label={label} error={error} help={help} required>
      {(a11y) => (
        <div className="field-control">
          <input
            {...a11y}
            name={name}
            type={type}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            autoComplete={autoComplete}
            inputMode={inputMode}
            spellCheck={false}
            autoCapitalize="off"
          />
        </div>
      )}
    </FieldShell>
  );
}
