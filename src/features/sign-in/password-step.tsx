import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { FormAlert } from './form-alert';
import { PlainField } from './plain-field';
import { postPassword, type SignInOutcome } from './sign-in-requests';
import { useSignInText } from './sign-in-text';

/** Username and password. A failure shows the server's generic sentence for the whole form. */
export function PasswordStep({ onResult }: { onResult: (r: SignInOutcome) => void }) {
  const t = useSignInText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const mutation = useMutation({
    mutationFn: () => postPassword(username.trim(), password),
    onSuccess: onResult,
    onError: () => setPassword(''),
    meta: { silent: true },
  });
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const errors = {
          ...(username.trim() ? {} : { username: t.enterUsername }),
          ...(password ? {} : { password: t.enterPassword }),
        };
        setMissing(errors);
        if (Object.keys(errors).length === 0 && !mutation.isPending) mutation.mutate();
      }}
    >
      <FormAlert error={mutation.error} />
      <PlainField
        label={t.username}
        name="username"
        value={username}
        onChange={setUsername}
        error={missing.username}
        autoComplete="username"
      />
      <PlainField
        label={t.password}
        name="password"
        type="password"
        value={password}
        onChange={setPassword}
        error={missing.password}
        autoComplete="current-password"
      />
      <div>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={mutation.isPending}
          aria-busy={mutation.isPending || undefined}
        >
          {mutation.isPending ? t.signingIn : t.signIn}
        </button>
      </div>
    </form>
  );
}
