import { useId } from 'react';

export type CheckOption = { value: string; label: string; hint?: string | undefined };

/** A labelled group of checkboxes for picking several items, e.g. the groups of a new user. */
export function CheckList(props: {
  legend: string;
  options: readonly CheckOption[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  emptyText: string;
  disabled?: boolean;
}) {
  const id = useId();
  const chosen = new Set(props.value);
  return (
    <fieldset className="scp-check-list" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.options.length === 0 ? (
        <p className="muted">{props.emptyText}</p>
      ) : (
        <ul className="scp-plain-list">
          {props.options.map((o) => (
            <li key={o.value}>
              <label htmlFor={`${id}-${o.value}`} className="row">
                <input
                  id={`${id}-${o.value}`}
                  type="checkbox"
                  checked={chosen.has(o.value)}
                  onChange={(e) =>
                    props.onChange(
                      e.target.checked ? [...props.value, o.value] : props.value.filter((v) => v !== o.value),
                    )
                  }
                />
                <span>{o.label}</span>
                {o.hint && <span className="muted">{o.hint}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
