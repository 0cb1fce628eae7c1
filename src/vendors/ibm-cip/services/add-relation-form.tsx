import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useServicesText } from './services-text';
import { parseServiceNames } from './service-attributes';

/**
 * Service names typed one per line or comma-separated, checked against the known services before the call.
 * `refuse` names the entries that would break a rule (itself, a loop) with the sentence to show.
 */
export function AddRelationForm(props: {
  label: string;
  known: readonly string[];
  pending: boolean;
  refuse?: (names: string[]) => string | undefined;
  onAdd: (names: string[], done: () => void) => void;
  children?: ReactNode;
  help?: string;
}) {
  const t = useServicesText();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const inputId = useId();
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    setError(undefined);
    const typed = parseServiceNames(text);
    if (typed.length === 0) {
      setError(t.namesRequired);
      return;
    }
    // Names match without regard to case, as the directory does; the call uses the directory's spelling.
    const byKey = new Map(props.known.map((k) => [k.toLowerCase(), k]));
    const unknown = typed.filter((n) => !byKey.has(n.toLowerCase()));
    if (unknown.length > 0) {
      setError(t.unknownServices(unknown.join(', ')));
      return;
    }
    const names = typed.map((n) => byKey.get(n.toLowerCase()) ?? n);
    const refused = props.refuse?.(names);
    if (refused) {
      setError(refused);
      return;
    }
    props.onAdd(names, () => setText(''));
  };
  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={props.label}>
      <div className="field">
        <label htmlFor={inputId}>{props.label}</label>
        <textarea
          id={inputId}
          rows={2}
          value={text}
          spellCheck={false}
          aria-invalid={error !== undefined}
          aria-describedby={`${inputId}-help${error ? ` ${inputId}-err` : ''}`}
          onChange={(e) => setText(e.target.value)}
        />
        <span id={`${inputId}-help`} className="field-help">
          {props.help ?? t.servicesHelp}
        </span>
        {error && (
          <span id={`${inputId}-err`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      {props.children}
      <div>
        <button type="submit" className="btn btn-primary" disabled={props.pending}>
          {t.add}
        </button>
      </div>
    </form>
  );
}
