import { useId } from 'react';
import { readPart, toIsoDuration, type DurationParts } from './duration';
import { useKeysText } from './keys-text';

const PARTS = ['years', 'months', 'days', 'hours'] as const;

/** Builds SCP's ISO 8601 `duration` from whole years, months, days and hours; all zero is "never". */
export function DurationFields(props: { value: DurationParts; onChange: (v: DurationParts) => void }) {
  const t = useKeysText();
  const id = useId();
  return (
    <fieldset className="stack">
      <legend>{t.expiresAfter}</legend>
      <div className="scp-duration">
        {PARTS.map((p) => (
          <div className="field" key={p}>
            <label htmlFor={`${id}-${p}`}>{t[p]}</label>
            <input
              id={`${id}-${p}`}
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={props.value[p] || ''}
              placeholder="0"
              onChange={(e) => props.onChange({ ...props.value, [p]: readPart(e.target.value) })}
            />
          </div>
        ))}
      </div>
      <p className="field-help" aria-live="polite">
        {t.durationPreview(toIsoDuration(props.value))}
      </p>
    </fieldset>
  );
}
