import { useId } from 'react';
import type { Control } from 'react-hook-form';
import { PasswordField, SelectField, TextField } from '@/components/form';
import { useConnectionsText } from './connections-text';
import type { FieldSpec } from './manifest-fields';

export type ConnectionFormValues = {
  vendor: string;
  name: string;
  baseUrl: string;
  settings: Record<string, string>;
};

type Props = {
  control: Control<ConnectionFormValues>;
  fields: readonly FieldSpec[];
  /** Editing: secret fields already stored, shown as "set" until the admin chooses to replace them. */
  storedSecrets: readonly string[];
  replacing: ReadonlySet<string>;
  onReplace: (key: string, replace: boolean) => void;
};

/** The vendor's own settings, one control per schema field; secrets are never prefilled. */
export function SettingsFields({ control, fields, storedSecrets, replacing, onReplace }: Props) {
  return (
    <>
      {fields.map((f) => {
        const name = `settings.${f.key}` as const;
        if (f.kind === 'secret' && storedSecrets.includes(f.key) && !replacing.has(f.key)) {
          return <StoredSecret key={f.key} spec={f} onReplace={() => onReplace(f.key, true)} />;
        }
        if (f.kind === 'secret') {
          return (
            <div key={f.key} className="stack">
              <PasswordField
                control={control}
                name={name}
                label={f.label}
                help={f.help}
                required
                autoComplete="off"
              />
              {storedSecrets.includes(f.key) && <KeepButton onKeep={() => onReplace(f.key, false)} />}
            </div>
          );
        }
        if (f.kind === 'select') {
          return (
            <SelectField
              key={f.key}
              control={control}
              name={name}
              label={f.label}
              help={f.help}
              required={f.required}
              options={f.options.map((o) => ({ value: o, label: o }))}
            />
          );
        }
        return (
          <TextField
            key={f.key}
            control={control}
            name={name}
            label={f.label}
            help={f.help}
            required={f.required}
            autoComplete="off"
            spellCheck={false}
          />
        );
      })}
    </>
  );
}

function StoredSecret({ spec, onReplace }: { spec: FieldSpec; onReplace: () => void }) {
  const t = useConnectionsText();
  const id = useId();
  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        {spec.label}
      </span>
      <div className="secret-set">
        <span className="badge">{t.secretSet}</span>
        <button type="button" className="btn" onClick={onReplace} aria-label={`${t.replace}: ${spec.label}`}>
          {t.replace}
        </button>
      </div>
      <p className="field-help muted">{t.secretHelp}</p>
    </div>
  );
}

function KeepButton({ onKeep }: { onKeep: () => void }) {
  const t = useConnectionsText();
  return (
    <button type="button" className="btn" onClick={onKeep}>
      {t.keep}
    </button>
  );
}
