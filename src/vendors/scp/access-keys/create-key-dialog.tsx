import { useId, useRef, useState } from 'react';
import { DurationFields } from './duration-fields';
import { NO_DURATION, toIsoDuration } from './duration';
import { KeyFormDialog, NewKeyDialog, useCreateKey } from './key-dialog';
import { useKeysText } from './keys-text';

/** A permanent key with an optional expiry; its secret is shown once, then dropped. */
export function CreateKeyDialog({ onClose }: { onClose: () => void }) {
  return (
    <NewKeyDialog
      onClose={onClose}
      form={(onCreated) => <CreateKeyForm onClose={onClose} onCreated={onCreated} />}
    />
  );
}

function CreateKeyForm(props: {
  onClose: () => void;
  onCreated: (accessKey: string, secret: string) => void;
}) {
  const t = useKeysText();
  const descId = useId();
  const firstFocus = useRef<HTMLTextAreaElement>(null);
  const [description, setDescription] = useState('');
  const [duration, setDuration] = useState(NO_DURATION);
  const [error, setError] = useState<string | null>(null);
  const create = useCreateKey(props.onCreated, setError);
  return (
    <KeyFormDialog
      title={t.createPermanent}
      error={error}
      firstFocus={firstFocus}
      onClose={props.onClose}
      onSubmit={() => {
        setError(null);
        create.mutate({
          access_key_type: 'PERMANENT',
          description: description.trim() || null,
          duration: toIsoDuration(duration),
        });
      }}
      submit={
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t.creating : t.createPermanent}
        </button>
      }
    >
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
    </KeyFormDialog>
  );
}
