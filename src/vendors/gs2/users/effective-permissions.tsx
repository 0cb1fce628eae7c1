import { useDeferredValue, useId, useState } from 'react';
import { useGs2Text } from '../gs2-text';
import { explain } from '../policy/explain';
import { GS2_ACTIONS } from '../policy/actions';
import type { SecurityPolicy } from '../wire';

/** "May this user call X?", answered in the browser with the rules the emulator enforces. */
export function EffectivePermissions({ policies }: { policies: readonly SecurityPolicy[] }) {
  const t = useGs2Text();
  const [action, setAction] = useState('');
  const deferred = useDeferredValue(action.trim());
  const headingId = useId();
  const inputId = useId();
  const listId = useId();
  const result = deferred ? explain(policies, deferred) : null;
  const text =
    result &&
    {
      allow: t.decisionAllow,
      deny: t.decisionDeny,
      none: t.decisionNone,
    }[result.decision](deferred);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.effectiveTitle}</h3>
      <p className="muted">{t.effectiveHelp}</p>
      <div className="field">
        <label htmlFor={inputId}>{t.action}</label>
        <input
          id={inputId}
          list={listId}
          value={action}
          spellCheck={false}
          placeholder={t.actionPlaceholder}
          onChange={(e) => setAction(e.target.value)}
        />
        <datalist id={listId}>
          {GS2_ACTIONS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </div>
      <div aria-live="polite">
        {result && (
          <div className="stack">
            <p className={`gs2-decision gs2-decision-${result.decision}`} data-testid="gs2-decision">
              {text}
            </p>
            {result.matches.length > 0 && (
              <>
                <p className="muted">{t.decidedBy}</p>
                <ul>
                  {result.matches.map((m, i) => (
                    <li key={`${m.policy}-${String(i)}`}>
                      {m.policy}: {m.effect} <span className="mono">{m.pattern}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
