import { useState } from 'react';
import { saveTextFile } from './save-text-file';
import { useSecretText } from './secret-text';

export type SecretValuesProps = {
  label: string;
  values: readonly string[];
  fileName: string;
};

const MASK = '••••••••••••••••';

/**
 * The secret itself, masked until revealed: while masked the value is not in the DOM at all, so it cannot
 * be read from the page by a screen share or an extension scraping text.
 */
export function SecretValues({ label, values, fileName }: SecretValuesProps) {
  const t = useSecretText();
  const [revealed, setRevealed] = useState(false);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = values.join('\n');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  };

  return (
    <div className="secret-values">
      <ul className="secret-list mono" aria-label={label}>
        {values.map((v, i) => (
          <li key={i}>
            {revealed ? (
              v
            ) : (
              <>
                <span aria-hidden="true">{MASK}</span>
                <span className="visually-hidden">{t.masked}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="btn" aria-pressed={revealed} onClick={() => setRevealed((r) => !r)}>
          {revealed ? t.hide : t.reveal}
        </button>
        <button type="button" className="btn" onClick={() => void copy()}>
          {t.copy}
        </button>
        <button type="button" className="btn" onClick={() => saveTextFile(fileName, `${text}\n`)}>
          {t.download}
        </button>
      </div>
      <p className="secret-status" role="status">
        {copyStatus === 'copied' ? t.copied : copyStatus === 'failed' ? t.copyFailed : ''}
      </p>
    </div>
  );
}
