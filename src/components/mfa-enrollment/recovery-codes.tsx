import { SecretOnce } from '../secret-once';
import { useMfaText } from './mfa-text';

/** Recovery codes shown once, inline: masked until revealed, copy, download, and an acknowledgement. */
export function RecoveryCodes({
  codes,
  fileName,
  onDone,
}: {
  codes: readonly string[];
  fileName: string;
  onDone: () => void;
}) {
  const t = useMfaText();
  return (
    <SecretOnce
      as="panel"
      title={t.codesTitle}
      label={t.codesTitle}
      description={<p className="muted">{t.codes}</p>}
      value={codes}
      fileName={fileName}
      onClose={onDone}
    />
  );
}
