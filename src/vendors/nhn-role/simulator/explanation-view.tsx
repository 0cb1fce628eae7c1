import type { Explanation } from './explain';
import { useSimulatorText } from './simulator-text';

type Answer = { permission: boolean; resourceId?: string | null | undefined } | undefined;

/** The API's answer (authoritative) and, labelled as such, the explanation computed in the browser. */
export function ExplanationView(props: { operationId: string; answer: Answer; explanation: Explanation }) {
  const t = useSimulatorText();
  const { answer, explanation: ex } = props;
  const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : t.nothing);
  return (
    <div className="role-split">
      <section className="card stack" aria-labelledby="role-sim-answer">
        <h2 id="role-sim-answer">{t.answer}</h2>
        <p className="role-verdict" role="status">
          <span className={answer?.permission ? 'role-policy-allow' : 'role-policy-deny'}>
            {answer?.permission ? t.allowed : t.denied}
          </span>
        </p>
        <p>{answer?.resourceId ? t.matched(answer.resourceId) : t.noMatch}</p>
      </section>
      <section className="card stack" aria-labelledby="role-sim-explanation">
        <h2 id="role-sim-explanation">{t.explanation}</h2>
        <p className="field-help">{t.explanationNote}</p>
        {answer && answer.permission !== ex.permission && (
          <p className="field-error" role="alert">
            {t.explanationDisagrees}
          </p>
        )}
        <p>
          <strong>{ex.permission ? t.allowed : t.denied}</strong> ·{' '}
          {ex.resource ? t.matched(`${ex.resource.resourceId} (${ex.resource.path})`) : t.noMatch}
        </p>
        <h3>{t.directGrants}</h3>
        {ex.direct.length === 0 ? (
          <p className="muted">{t.noDirect}</p>
        ) : (
          <ul className="role-list">
            {ex.direct.map((d) => (
              <li key={d.roleId}>
                <span className="mono">{d.roleId}</span>{' '}
                <span className={d.policy === 'DENY' ? 'role-policy-deny' : 'role-policy-allow'}>
                  {d.policy}
                </span>{' '}
                — {d.conditionsHold ? t.applies : t.conditionsFail}
              </li>
            ))}
          </ul>
        )}
        <dl className="role-facts">
          <dt>{t.effectiveRoles}</dt>
          <dd className="mono">{list(ex.effective)}</dd>
          <dt>{t.grantedRoles(props.operationId)}</dt>
          <dd className="mono">{list(ex.granted)}</dd>
          <dt>{t.deciding}</dt>
          <dd className="mono">{list(ex.deciding)}</dd>
        </dl>
      </section>
    </div>
  );
}
