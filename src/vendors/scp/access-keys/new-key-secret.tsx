import { SecretOnce } from '@/components/secret-once';
import { useKeysText } from './keys-text';

/** The secret of a key just created; the parent drops it in onClose. */
export function NewKeySecret(props: {
  keyName: string;
  secretKey: string;
  onClose: () => void;
  as?: 'dialog' | 'panel';
}) {
  const t = useKeysText();
  return (
    <SecretOnce
      title={t.secretTitle}
      label={t.secretLabel}
      value={props.secretKey}
      fileName={`scp-access-key-${props.keyName}.txt`}
      description={t.secretBody(props.keyName)}
      onClose={props.onClose}
      {...(props.as && { as: props.as })}
    />
  );
}
