import { useId, useRef, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { useSecretOnce } from '@/components/secret-once';
import { useScpText } from '../scp-text';
import { keyStatus } from './key-status';
import { useKeysText } from './keys-text';
import { useCreateAccessKey, useSendOtp } from './mutations';
import { NewKeySecret } from './new-key-secret';
import { accessKeysQuery } from './queries';

type Method = 'EMAIL' | 'PHONE';

/** Step-up flow (§5.6): choose the parent key → SCP sends a one-time code → enter it → the key is made. */
export function TemporaryKeyDialog({ onClose }: { onClose: () => void }) {
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
    <TemporaryKeyForm
      onClose={onClose}
      onCreated={(k, s) => {
        setAccessKey(k);
        secret.show(s);
      }}
    />
  );
}

function TemporaryKeyForm(props: {
  onClose: () => void;
  onCreated: (accessKey: string, secret: string) => void;
}) {
  const t = useKeysText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const titleId = useId();
  const fieldId = useId();
  const firstFocus = useRef<HTMLSelectElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
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
  const create = useCreateAccessKey({
    onSuccess: (k) => {
      create.reset();
      props.onCreated(k.accessKey, k.secretKey);
    },
    onError: (err) => setError(describeError(err)),
  });
  const sendCode = () => {
    setError(null);
    send.mutate({ method });
  };
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
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
        <h2 id={titleId} className="confirm-title">
          {t.createTemporary}
        </h2>
        <p className="muted">{t.tempIntro}</p>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
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
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {s.cancel}
          </button>
          {step === 'choose' ? (
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
          )}
        </div>
      </form>
    </dialog>
  );
}
