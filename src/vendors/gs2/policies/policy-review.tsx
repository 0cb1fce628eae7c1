import { useId, useMemo } from 'react';
import { CodeDiffEditor } from '@/components/code-editor';
import { ErrorPanel } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { lineDiff } from '@/components/policy-editor';
import { usePolicyText } from './policy-text';

type Props = {
  before: string;
  after: string;
  descriptionBefore: string;
  descriptionAfter: string;
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onSave: () => void;
};

/** The last step before saving: what changes against the saved version, then save or go back. */
export function PolicyReview(props: Props) {
  const t = useGs2Text();
  const p = usePolicyText();
  const headingId = useId();
  const diff = useMemo(() => lineDiff(props.before, props.after), [props.before, props.after]);
  const added = diff.filter((l) => l.kind === 'add').length;
  const removed = diff.filter((l) => l.kind === 'del').length;
  const descriptionChanged = props.descriptionBefore !== props.descriptionAfter;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{p.reviewTitle}</h2>
      <p data-testid="gs2-diff-summary">
        {added === 0 && removed === 0 && !descriptionChanged ? p.noChanges : p.diffSummary(added, removed)}
      </p>
      {descriptionChanged && (
        <dl className="gs2-facts">
          <dt>{t.description}</dt>
          <dd>
            <del>{props.descriptionBefore}</del> <ins>{props.descriptionAfter}</ins>
          </dd>
        </dl>
      )}
      <CodeDiffEditor
        label={p.reviewTitle}
        language="json"
        original={props.before}
        modified={props.after}
        readOnly
        inline
        height={360}
      />
      {props.error !== null && <ErrorPanel error={props.error} />}
      <div className="form-actions">
        <button type="button" className="btn" onClick={props.onBack} disabled={props.pending}>
          {p.backToEdit}
        </button>
        <button type="button" className="btn btn-primary" onClick={props.onSave} disabled={props.pending}>
          {props.pending ? t.saving : p.confirmSave}
        </button>
      </div>
    </section>
  );
}
