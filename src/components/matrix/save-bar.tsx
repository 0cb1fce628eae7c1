import { describeError } from '@/lib/http/errors';
import { useMatrixText } from './matrix-text';

type Props = { count: number; saving: boolean; error: unknown; onSave: () => void; onDiscard: () => void };

/** Appears only while there are unsaved changes; an error from Save stays here and keeps the changes. */
export function SaveBar({ count, saving, error, onSave, onDiscard }: Props) {
  const t = useMatrixText();
  if (count === 0) return null;
  return (
    <div className="mx-savebar row" role="region" aria-label={t.pending(count)}>
      <strong>{t.pending(count)}</strong>
      {error !== null && error !== undefined && (
        <span className="field-error" role="alert">
          {describeError(error)}
        </span>
      )}
      <span className="mx-spacer" />
      <button type="button" className="btn" onClick={onDiscard} disabled={saving}>
        {t.discard}
      </button>
      <button
        type="button"
        className="btn btn-primary"
        onClick={onSave}
        disabled={saving}
        aria-busy={saving || undefined}
      >
        {saving ? t.saving : t.save}
      </button>
    </div>
  );
}
