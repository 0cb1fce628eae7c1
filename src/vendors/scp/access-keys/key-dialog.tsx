import { useId, useState, type ReactNode, type RefObject } from 'react';
import { describeError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { useSecretOnce } from '@/components/secret-once';
import { useScpText } from '../scp-text';
import { useCreateAccessKey } from './mutations';
import { NewKeySecret } from './new-key-secret';

type OnCreated = (accessKey: string, secret: string) => void;

/** A form that creates a key, then the key's secret shown once and dropped when the dialog closes. */
export function NewKeyDialog(props: { onClose: () => void; form: (onCreated: OnCreated) => ReactNode }) {
  const secret = useSecretOnce();
  const [accessKey, setAccessKey] = useState('');
  if (secret.value)
    return (
      <NewKeySecret
        keyName={accessKey}
        secretKey={secret.value}
        onClose={() => {
          secret.clear();
          props.onClose();
        }}
      />
    );
  return props.form((k, s) => {
    setAccessKey(k);
    secret.show(s);
  });
}

/** The create call: its secret goes straight to `onCreated` (never the cache), a refusal to `onError`. */
export function useCreateKey(onCreated: OnCreated, onError: (message: string) => void) {
  const create = useCreateAccessKey({
    onSuccess: (k) => {
      create.reset();
      onCreated(k.accessKey, k.secretKey);
    },
    onError: (err) => onError(describeError(err)),
  });
  return create;
}

/** The modal frame of a key form: title, SCP's refusal, the fields, then Cancel beside the submit button. */
export function KeyFormDialog(props: {
  title: string;
  intro?: ReactNode;
  error: string | null;
  firstFocus: RefObject<HTMLElement | null>;
  onClose: () => void;
  onSubmit: () => void;
  submit: ReactNode;
  children: ReactNode;
}) {
  const s = useScpText();
  const titleId = useId();
  const ref = useModalDialog(true, props.onClose, props.firstFocus);
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <h2 id={titleId} className="confirm-title">
          {props.title}
        </h2>
        {props.intro}
        {props.error && (
          <p role="alert" className="field-error">
            {props.error}
          </p>
        )}
        {props.children}
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {s.cancel}
          </button>
          {props.submit}
        </div>
      </form>
    </dialog>
  );
}
