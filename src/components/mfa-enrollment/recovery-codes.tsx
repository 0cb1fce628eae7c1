import { useId, useState } from 'react';
import { useMfaText } from './mfa-text';

/** Recovery codes shown once: copy, download, and an explicit acknowledgement before moving on. */
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
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const checkId = useId();
  const text = codes.join('\n') + '\n';
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="stack">
      <h3 className="mfa-step-title">{t.codesTitle}</h3>
      <p className="muted">{t.codes}</p>
      <ol className="mfa-recovery-codes mono" aria-label={t.codesTitle}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          className="btn"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t.copied : t.copyCodes}
        </button>
        <button type="button" className="btn" onClick={download}>
          {t.downloadCodes}
        </button>
      </div>
      <div className="row">
        <input id={checkId} type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
        <label htmlFor={checkId}>{t.saved}</label>
      </div>
      <div>
        <button type="button" className="btn btn-primary" disabled={!saved} onClick={onDone}>
          {t.done}
        </button>
      </div>
    </div>
  );
}
