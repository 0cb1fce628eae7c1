import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { FormAlert } from './form-alert';
import { PlainField } from './plain-field';
import { postCode, type SignInOutcome } from './sign-in-requests';
import { useSignInText } from './sign-in-text';

const TOTP = /^\d{6}$/;
const RECOVERY = /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/;

/** The second step: a TOTP code, or one recovery code when the device is lost. */
export function CodeStep({
  onSignedIn,
  onStartOver,
}: {
  onSignedIn: (r: SignInOutcome) => void;
  onStartOver: () => void;
}) {
  const t = useSignInText();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string>();
  const mutation = useMutation({
    mutationFn: (value: string) => postCode(recovery ? { recoveryCode: value } : { code: value }),
    onSuccess: onSignedIn,
    onError: () => setCode(''),
    meta: { silent: true },
  });
  const toggle = () => {
    setRecovery((r) => !r);
    setCode('');
    setFormatError(undefined);
    mutation.reset();
  };
  return (
    <form
      className="stack"
      noValidate
      aria-labelledby="code-step-title"
      onSubmit={(e) => {
        e.preventDefault();
        const value = code.trim();
        const ok = (recovery ? RECOVERY : TOTP).test(value);
        setFormatError(ok ? undefined : recovery ? t.recoveryFormat : t.codeFormat);
        if (ok && !mutation.isPending) mutation.mutate(value);
      }}
    >
      <h2 id="code-step-title">{t.codeTitle}</h2>
      <p className="muted">{recovery ? t.recoveryIntro : t.codeIntro}</p>
      <FormAlert error={mutation.error} />
      <PlainField
        key={recovery ? 'recovery' : 'totp'}
        label={recovery ? t.recoveryCode : t.code}
        name="code"
        value={code}
        onChange={setCode}
        error={formatError}
        autoComplete="one-time-code"
        inputMode={recovery ? 'text' : 'numeric'}
      />
      <div>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={mutation.isPending}
          aria-busy={mutation.isPending || undefined}
        >
          {mutation.isPending ? t.verifying : t.verify}
        </button>
      </div>
      <div className="row">
        <button type="button" className="btn btn-ghost" onClick={toggle}>
          {recovery ? t.useApp : t.useRecovery}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onStartOver}>
          {t.startOver}
        </button>
      </div>
    </form>
  );
}
