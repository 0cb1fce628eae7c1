import { useId, useRef, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { KeyFormDialog, NewKeyDialog, useCreateKey } from './key-dialog';
import { keyStatus } from './key-status';
import { useKeysText } from './keys-text';
import { useSendOtp } from './mutations';
import { accessKeysQuery } from './queries';

type Method = 'EMAIL' | 'PHONE';

/** Step-up flow (§5.6): choose the parent key → SCP sends a one-time code → enter it → the key is made. */
export function TemporaryKeyDialog({ onClose }: { onClose: () => void }) {
  return (
    <NewKeyDialog
      onClose={onClose}
      form={(onCreated) => <TemporaryKeyForm onClose={onClose} onCreated={onCreated} />}
    />
  );
}

function TemporaryKeyForm(props: {
  onClose: () => void;
  onCreated: (accessKey: string, secret: string) => void;
}) {
  const t = useKeysText();
  const { id } = useCurrentConnection();
  const fieldId = useId();
  const firstFocus = useRef<HTMLSelectElement>(null);
  const parents = useInfiniteQuery(accessKeysQuery(id, { access_key_type: 'PERMANENT' }));
  const usable = (parents.data?.pages.flatMap((p) => p.keys) ?? []).filter((k) => keyStatus(k) === 'enabled');
  const [step, setStep] = useState<'choose' | 'code'>('choose');
  const [parent, setParent] = useState('');
  const [method, setMethod] = useState<Method>('EMAIL');
  const [hours, setHours] = useState('1');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const parentId = parent === '' ? (usable[0]?.id ?? '') : parent;
  const hoursOk = /^\d{1,2}$/.test(hours) && Number(hours) >= 1 && Number(hours) <= 12;
  const send = useSendOtp({
    onSuccess: () => {
      setCode('');
      setStep('code');
    },
    onError: (err) => setError(describeError(err)),
  });
  const create = useCreateKey(props.onCreated, setError);
  const sendCode = () => {
    setError(null);
    send.mutate({ method });
  };
  return (
    <KeyFormDialog
      title={t.createTemporary}
      intro={<p className="muted">{t.tempIntro}</p>}
      error={error}
      firstFocus={firstFocus}
      onClose={props.onClose}
      submit={
        step === 'choose' ? (
          <button
            type="submit"
            className="btn btn-primary"
            disabled={!parentId || !hoursOk || send.isPending}
          >
            {send.isPending ? t.sending : t.sendCode}
          </button>
        ) : (
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t.creating : t.createTemporary}
          </button>
        )
      }
      onSubmit={() => {
        setError(null);
        if (step === 'choose') {
          if (parentId && hoursOk) sendCode();
          return;
        }
        if (!/^\d{6}$/.test(code.trim())) {
          setError(t.codeInvalid);
          return;
        }
        create.mutate({
          access_key_type: 'TEMPORARY',
          parent_access_key_id: parentId,
          passcode: code.trim(),
          duration: `PT${Number(hours)}H`,
        });
      }}
    >
      {step === 'choose' ? (
        <>
          {parents.isSuccess && usable.length === 0 ? (
            <p className="scp-warning">{t.noParents}</p>
          ) : (
            <div className="field">
              <label htmlFor={`${fieldId}-parent`}>{t.chooseParent}</label>
              <select
                id={`${fieldId}-parent`}
                ref={firstFocus}
                value={parentId}
                onChange={(e) => setParent(e.target.value)}
              >
                {usable.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.access_key}
                    {k.description ? ` — ${k.description}` : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
          <fieldset>
            <legend>{t.otpMethod}</legend>
            {(['EMAIL', 'PHONE'] as const).map((m) => (
              <label key={m} className="row">
                <input
                  type="radio"
                  name="otp-method"
                  value={m}
                  checked={method === m}
                  onChange={() => setMethod(m)}
                />
                {m === 'EMAIL' ? t.email : t.phone}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${fieldId}-hours`}>{t.tempHours}</label>
            <input
              id={`${fieldId}-hours`}
              type="number"
              min={1}
              max={12}
              inputMode="numeric"
              value={hours}
              aria-invalid={!hoursOk}
              aria-describedby={`${fieldId}-hours-help`}
              onChange={(e) => setHours(e.target.value)}
            />
            <span id={`${fieldId}-hours-help`} className="field-help">
              {t.tempHoursHelp}
            </span>
          </div>
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${fieldId}-code`}>{t.codeLabel}</label>
            <input
              id={`${fieldId}-code`}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={6}
              value={code}
              aria-describedby={`${fieldId}-code-help`}
              onChange={(e) => setCode(e.target.value)}
              // The code step replaces the parent picker, which had the focus.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
            />
            <span id={`${fieldId}-code-help`} className="field-help">
              {t.codeHelp}
            </span>
          </div>
          <p className="scp-note">{t.emulatorHint}</p>
          <div className="row">
            <button type="button" className="btn btn-ghost" onClick={() => setStep('choose')}>
              {t.back}
            </button>
            <button type="button" className="btn btn-ghost" disabled={send.isPending} onClick={sendCode}>
              {t.sendAgain}
            </button>
          </div>
        </>
      )}
    </KeyFormDialog>
  );
}
