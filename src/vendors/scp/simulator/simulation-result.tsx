import { useId } from 'react';
import type { Statement } from '../wire/common';
import { simulate, type HeldPolicy, type SimulationInput } from './simulate';
import { useSimulatorText } from './simulator-text';

/** The decision, the statement that made it, every statement that applied, and what the user holds. */
export function SimulationResult({ held, input }: { held: HeldPolicy[]; input: SimulationInput }) {
  const t = useSimulatorText();
  const headingId = useId();
  const result = simulate(held, input);
  const how = (h: HeldPolicy) =>
    [h.direct ? t.direct : '', h.viaGroups.length ? t.viaGroups(h.viaGroups.join(', ')) : '']
      .filter(Boolean)
      .join('; ');
  const describe = (ref: { source: HeldPolicy; statement: Statement; index: number }) =>
    `${ref.source.policy.policy_name ?? ref.source.policy.id ?? ''} · ${t.statement(ref.statement.Sid ?? 'statement1', ref.index + 1)} · ${ref.statement.Effect}`;
  const verdict =
    result.decision === 'ALLOW'
      ? t.allowed
      : result.decision === 'EXPLICIT_DENY'
        ? t.explicitDeny
        : t.implicitDeny;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <div role="status">
        <h2 id={headingId} className={result.decision === 'ALLOW' ? 'scp-sim-allow' : 'scp-sim-deny'}>
          {verdict}
        </h2>
      </div>
      {result.decidedBy && (
        <div className="card stack" data-testid="scp-sim-decided-by">
          <h3>{t.decidedBy}</h3>
          <p>
            <strong>{describe(result.decidedBy)}</strong> ({how(result.decidedBy.source)})
          </p>
          <pre className="scp-sim-statement">{JSON.stringify(result.decidedBy.statement, null, 2)}</pre>
        </div>
      )}
      {result.matched.length > 1 && (
        <>
          <h3>{t.matched}</h3>
          <ul>
            {result.matched.map((m) => (
              <li key={`${m.source.policy.id ?? ''}-${String(m.index)}`}>{describe(m)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.held(held.length)}</h3>
      {held.length === 0 ? (
        <p>{t.noPolicies}</p>
      ) : (
        <ul>
          {held.map((h) => (
            <li key={h.policy.id ?? h.policy.srn}>
              {h.policy.policy_name ?? h.policy.id} ({how(h)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
