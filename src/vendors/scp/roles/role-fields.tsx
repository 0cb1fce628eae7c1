import { useId } from 'react';
import { CodeEditor, MarkerList } from '@/components/code-editor';
import { MAX_SESSION_MAX, MAX_SESSION_MIN } from '../wire/roles';
import type { DocumentCheck } from '../policies/document-check';
import { scpPolicySchema } from '../policies/engine/policy-schema';
import { useRolesText } from './roles-text';

const TRUST_SCHEMA = scpPolicySchema({ trust: true });

export const sessionValid = (text: string) => {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= MAX_SESSION_MIN && n <= MAX_SESSION_MAX;
};

/** The maximum session in seconds, with the hours it means beside it. */
export function SessionField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const t = useRolesText();
  const id = useId();
  const ok = sessionValid(value);
  return (
    <div className="field">
      <label htmlFor={id}>{t.maxSession}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={MAX_SESSION_MIN}
        max={MAX_SESSION_MAX}
        step={60}
        value={value}
        aria-invalid={!ok}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-help`} className={ok ? 'field-help' : 'field-error'}>
        {ok
          ? `${t.maxSessionHelp} ${t.hours((Number(value) / 3600).toFixed(2).replace(/\.?0+$/, ''))}`
          : t.maxSessionInvalid}
      </span>
    </div>
  );
}

/** The trust policy in the policy editor, with Principal required by its schema. */
export function TrustPolicyField(props: {
  value: string;
  onChange: (v: string) => void;
  check: DocumentCheck;
  onValidate: Parameters<typeof CodeEditor>[0]['onValidate'];
}) {
  const t = useRolesText();
  const helpId = useId();
  return (
    <div className="stack">
      <p id={helpId} className="field-help">
        {t.trustHelp}
      </p>
      <CodeEditor
        label={t.trustPolicy}
        language="json"
        value={props.value}
        onChange={props.onChange}
        schema={TRUST_SCHEMA}
        {...(props.onValidate ? { onValidate: props.onValidate } : {})}
        height={300}
      />
      <MarkerList markers={props.check.markers} />
    </div>
  );
}
