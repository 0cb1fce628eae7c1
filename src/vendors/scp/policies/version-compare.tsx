import { useId, useState } from 'react';
import { CodeDiffEditor } from '@/components/code-editor';
import { lineDiff } from '@/components/policy-editor';
import type { PolicyVersion } from '../wire/policies';
import { formatDocument } from './document-check';
import { usePolicyText } from './policy-text';
import { versionLabel } from './versions';

/** Any two versions of a policy side by side; starts with the previous one against the newest. */
export function VersionCompare({ versions }: { versions: readonly PolicyVersion[] }) {
  const p = usePolicyText();
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const entries = versions.map((v, i) => ({
    key: v.id ?? String(i),
    label: versionLabel(v, i),
    text: formatDocument(v.policy_document),
  }));
  const [from, setFrom] = useState(() => entries.at(-2)?.key ?? '');
  const [to, setTo] = useState(() => entries.at(-1)?.key ?? '');
  const a = entries.find((e) => e.key === from);
  const b = entries.find((e) => e.key === to);
  const before = a?.text ?? '';
  const after = b?.text ?? '';
  const diff = lineDiff(before, after);
  const options = entries.map((e) => (
    <option key={e.key} value={e.key}>
      {e.label}
    </option>
  ));
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{p.compare}</h2>
      <div className="row">
        <div className="field">
          <label htmlFor={fromId}>{p.from}</label>
          <select id={fromId} value={from} onChange={(e) => setFrom(e.target.value)}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={toId}>{p.to}</label>
          <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
            {options}
          </select>
        </div>
      </div>
      {a && b && from !== to ? (
        <>
          <p data-testid="scp-diff-summary">
            {p.diffSummary(
              diff.filter((l) => l.kind === 'add').length,
              diff.filter((l) => l.kind === 'del').length,
            )}
          </p>
          <CodeDiffEditor
            label={p.diffLabel(a.label, b.label)}
            language="json"
            original={before}
            modified={after}
            readOnly
            height={320}
          />
        </>
      ) : (
        <p className="muted">{p.sameVersion}</p>
      )}
    </section>
  );
}
