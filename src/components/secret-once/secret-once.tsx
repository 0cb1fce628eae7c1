import { useId, useRef, useState, type ReactNode } from 'react';
import { useModalDialog } from '../confirm-dialog/use-modal-dialog';
import { SecretValues } from './secret-values';
import { useSecretText } from './secret-text';

export type SecretOnceProps = {
  title: ReactNode;
  /** What the secret is, e.g. "Client secret" or "Recovery codes"; names the list for screen readers. */
  label: string;
  /** One secret or a list of them (recovery codes). */
  value: string | readonly string[];
  /** The name the download gets; no secret in it. */
  fileName?: string;
  description?: ReactNode;
  /** Called once the user has acknowledged storing it; the parent must drop the value then. */
  onClose: () => void;
  /** A modal dialog (default) or an inline panel. */
  as?: 'dialog' | 'panel';
};

/**
 * Shows a secret the vendor returns only once. It keeps no copy of the value: the parent holds it (see
 * `useSecretOnce`) and drops it in `onClose`, which cannot happen before "I have stored it" is ticked.
 */
export function SecretOnce(props: SecretOnceProps) {
  const [acknowledged, setAcknowledged] = useState(false);
  if (props.as === 'panel') {
    return (
      <section className="card secret-once" aria-label={props.label}>
        <SecretOnceBody {...props} acknowledged={acknowledged} setAcknowledged={setAcknowledged} />
      </section>
    );
  }
  return <SecretOnceDialog {...props} acknowledged={acknowledged} setAcknowledged={setAcknowledged} />;
}

type AckProps = SecretOnceProps & { acknowledged: boolean; setAcknowledged: (v: boolean) => void };

function SecretOnceDialog(props: AckProps) {
  const { acknowledged, onClose } = props;
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  // Esc must not throw the only copy away before the user has stored it.
  const ref = useModalDialog(
    true,
    () => {
      if (acknowledged) onClose();
    },
    firstFocus,
  );
  return (
    <dialog ref={ref} aria-labelledby={titleId} className="secret-once secret-once-dialog">
      <SecretOnceBody {...props} titleId={titleId} />
    </dialog>
  );
}

function SecretOnceBody(props: AckProps & { titleId?: string }) {
  const {
    title,
    label,
    value,
    fileName = 'secret.txt',
    description,
    onClose,
    acknowledged,
    setAcknowledged,
  } = props;
  const t = useSecretText();
  const ackId = useId();
  const values = typeof value === 'string' ? [value] : value;
  return (
    <>
      <h2 id={props.titleId} className="secret-once-title">
        {title}
      </h2>
      {description && <div>{description}</div>}
      <p className="secret-once-warning">{t.onceWarning}</p>
      <SecretValues label={label} values={values} fileName={fileName} />
      <div className="field-inline-row secret-once-ack">
        <input
          id={ackId}
          type="checkbox"
          checked={acknowledged}
          onChange={(e) => setAcknowledged(e.target.checked)}
        />
        <label htmlFor={ackId}>{t.acknowledge}</label>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={!acknowledged} onClick={onClose}>
          {t.done}
        </button>
      </div>
    </>
  );
}
