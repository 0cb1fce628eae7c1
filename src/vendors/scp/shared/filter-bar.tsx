import { useId, type SyntheticEvent } from 'react';

export type FilterField = {
  key: string;
  label: string;
  type?: 'text' | 'select';
  options?: readonly { value: string; label: string }[];
};

const readText = (data: FormData, key: string) => {
  const v = data.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

/**
 * Server-side filters as one small form: typed values apply on Enter or "Apply", so SCP is asked once per
 * change, not per keystroke. The values come from the URL; the form remounts when they change there.
 */
export function FilterBar(props: {
  label: string;
  fields: readonly FilterField[];
  values: Readonly<Record<string, string>>;
  onApply: (values: Record<string, string>) => void;
  applyLabel: string;
  clearLabel: string;
}) {
  const id = useId();
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    props.onApply(Object.fromEntries(props.fields.map((f) => [f.key, readText(data, f.key)])));
  };
  const active = props.fields.some((f) => (props.values[f.key] ?? '') !== '');
  return (
    <form
      key={JSON.stringify(props.values)}
      className="row scp-toolbar"
      aria-label={props.label}
      role="search"
      onSubmit={submit}
    >
      {props.fields.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
          {f.type === 'select' ? (
            <select id={`${id}-${f.key}`} name={f.key} defaultValue={props.values[f.key] ?? ''}>
              {(f.options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-${f.key}`}
              name={f.key}
              type="search"
              spellCheck={false}
              defaultValue={props.values[f.key] ?? ''}
            />
          )}
        </div>
      ))}
      <div className="row">
        <button type="submit" className="btn">
          {props.applyLabel}
        </button>
        {active && (
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => props.onApply(Object.fromEntries(props.fields.map((f) => [f.key, ''])))}
          >
            {props.clearLabel}
          </button>
        )}
      </div>
    </form>
  );
}
