import { useId, useState, type SyntheticEvent } from 'react';
import { useConfirm } from '@/components/confirm-dialog';
import { useRevokeToken } from '../queries/tokens';
import { useTokensText } from './tokens-text';

/** V6 by value; the value is typed (or pasted) here and cleared once the token is revoked. */
export function RevokeTokenForm() {
  const t = useTokensText();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const { confirm, dialog } = useConfirm();
  const revoke = useRevokeToken({ onError: () => undefined });
  const inputId = useId();
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setError(undefined);
    const v = value.trim();
    if (v === '') {
      setError(t.valueRequired);
      return;
    }
    const ok = await confirm({
      title: t.revokeConfirmTitle,
      variant: 'destructive',
      confirmLabel: t.revoke,
      children: <p>{t.revokeConfirmBody}</p>,
      action: () => revoke.mutateAsync({ value: v }),
    });
    if (ok) setValue('');
  };
  return (
    <section className="stack cip-card" aria-labelledby="cip-token-revoke">
      <h2 id="cip-token-revoke" className="cip-h2">
        {t.revokeTitle}
      </h2>
      <form className="stack" noValidate aria-label={t.revokeTitle} onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={inputId}>{t.tokenValue}</label>
          <input
            id={inputId}
            value={value}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error !== undefined}
            aria-describedby={`${inputId}-help${error ? ` ${inputId}-err` : ''}`}
            onChange={(e) => setValue(e.target.value)}
          />
          <span id={`${inputId}-help`} className="field-help">
            {t.revokeHelp}
          </span>
          {error && (
            <span id={`${inputId}-err`} className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
        <div>
          <button type="submit" className="btn btn-danger" disabled={revoke.isPending}>
            {t.revoke}
          </button>
        </div>
      </form>
      {dialog}
    </section>
  );
}
