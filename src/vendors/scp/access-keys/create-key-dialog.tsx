import { useId, useRef, useState } from 'react';
import { describeError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { useSecretOnce } from '@/components/secret-once';
import { useScpText } from '../scp-text';
import { DurationFields } from './duration-fields';
import { NO_DURATION, toIsoDuration } from './duration';
import { useKeysText } from './keys-text';
import { useCreateAccessKey } from './mutations';
import { NewKeySecret } from './new-key-secret';

/** A permanent key with an optional expiry; its secret is shown once, then dropped. */
export function CreateKeyDialog({ onClose }: { onClose: () => void }) {
  const secret = useSecretOnce();
  const [accessKey, setAccessKey] = useState('');
  if (secret.value)
    return (
      <NewKeySecret
        keyName={accessKey}
        secretKey={secret.value}
        onClose={() => {
          secret.clear();
          onClose();
        }}
      />
    );
  return (
    <CreateKeyForm
      onClose={onClose}
      onCreated={(k, s) => {
        setAccessKey(k);
        secret.show(s);
      }}
    />
  );
}

function CreateKeyForm(props: {
  onClose: () => void;
  onCreated: (accessKey: string, secret: string) => void;
}) {
  const t = useKeysText();
  const s = useScpText();
  const titleId = useId();
  const descId = useId();
  const firstFocus = useRef<HTMLTextAreaElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [description, setDescription] = useState('');
  const [duration, setDuration] = useState(NO_DURATION);
  const [error, setError] = useState<string | null>(null);
  const create = useCreateAccessKey({
    onSuccess: (k) => {
      create.reset();
      props.onCreated(k.accessKey, k.secretKey);
    },
    onError: (err) => setError(describeError(err)),
  });
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          create.mutate({
            access_key_type: 'PERMANENT',
            description: description.trim() || null,
            duration: toIsoDuration(duration),
          });
        }}
      >
        <h2 id={titleId} className="confirm-title">
          {t.createPermanent}
        </h2>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={descId}>{t.descriptionLabel}</label>
          <textarea
            id={descId}
            ref={firstFocus}
            rows={2}
            maxLength={1000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <DurationFields value={duration} onChange={setDuration} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t.creating : t.createPermanent}
          </button>
        </div>
      </form>
    </dialog>
  );
}
