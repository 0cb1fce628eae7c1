import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { PasswordField, SubmitButton } from '@/components/form';
import { QueryBoundary } from '@/components/states';
import { useCipText } from '../cip-text';
import { passwordLastChangedQuery } from '../queries/options';
import { useChangePassword, useCheckPassword } from '../queries/password';
import { changePasswordSchema, PASSWORD_MIN, passwordFailure } from './password-rules';

type Outcome = { ok: boolean; text: string } | undefined;

function useFailureText() {
  const t = useCipText();
  return (err: unknown) => {
    const kind = passwordFailure(err);
    if (!kind) return describeError(err);
    return { mismatch: t.failMismatch, locked: t.failLocked, inactive: t.failInactive, policy: t.failPolicy }[
      kind
    ];
  };
}

/** Last change (U9), verify (U7) and change with the current password (U8). */
export function PasswordTab({ uid, uuid }: { uid: string; uuid: string }) {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const last = useQuery(passwordLastChangedQuery(id, uid));
  return (
    <div className="stack">
      <section aria-labelledby="cip-pw-last">
        <h2 id="cip-pw-last" className="cip-h2">
          {t.lastChanged}
        </h2>
        <QueryBoundary query={last}>{(v) => <p>{v ?? t.neverSet}</p>}</QueryBoundary>
      </section>
      <CheckPasswordForm uuid={uuid} />
      <ChangePasswordForm uid={uid} uuid={uuid} />
      <p className="field-help">
        {t.issueResetHelp}{' '}
        <Link to={`${href('tokens/passwordResetToken')}?${new URLSearchParams({ user: uid }).toString()}`}>
          {t.issueResetToken}
        </Link>
      </p>
    </div>
  );
}

function CheckPasswordForm({ uuid }: { uuid: string }) {
  const t = useCipText();
  const failure = useFailureText();
  const [outcome, setOutcome] = useState<Outcome>();
  const form = useForm<{ password: string }>({
    resolver: zodResolver(z.object({ password: z.string().min(1, t.passwordRequired) })),
    defaultValues: { password: '' },
  });
  const check = useCheckPassword({
    onSuccess: () => setOutcome({ ok: true, text: t.passwordMatches }),
    onError: (err) => setOutcome({ ok: false, text: failure(err) }),
  });
  return (
    <form
      className="stack cip-card"
      aria-labelledby="cip-pw-check"
      noValidate
      onSubmit={(e) =>
        void form.handleSubmit((v) => {
          setOutcome(undefined);
          check.mutate({ uuid, password: v.password }, { onSettled: () => form.reset() });
        })(e)
      }
    >
      <h2 id="cip-pw-check" className="cip-h2">
        {t.verifyPassword}
      </h2>
      <PasswordField control={form.control} name="password" label={t.password} autoComplete="off" required />
      <div role="status">
        {outcome && <p className={outcome.ok ? 'cip-ok' : 'field-error'}>{outcome.text}</p>}
      </div>
      <div>
        <SubmitButton control={form.control} pending={check.isPending}>
          {t.verify}
        </SubmitButton>
      </div>
    </form>
  );
}

function ChangePasswordForm({ uid, uuid }: { uid: string; uuid: string }) {
  const t = useCipText();
  const failure = useFailureText();
  const [error, setError] = useState<string>();
  const form = useForm<{ password: string; newPassword: string; confirm: string }>({
    resolver: zodResolver(changePasswordSchema(t)),
    defaultValues: { password: '', newPassword: '', confirm: '' },
  });
  const change = useChangePassword({
    onSuccess: () => form.reset(),
    onError: (err) => setError(failure(err)),
  });
  return (
    <form
      className="stack cip-card"
      aria-labelledby="cip-pw-change"
      noValidate
      onSubmit={(e) =>
        void form.handleSubmit((v) => {
          setError(undefined);
          change.mutate({ uid, uuid, password: v.password, newPassword: v.newPassword });
        })(e)
      }
    >
      <h2 id="cip-pw-change" className="cip-h2">
        {t.changePassword}
      </h2>
      <p className="field-help">{t.changePasswordHelp}</p>
      <PasswordField
        control={form.control}
        name="password"
        label={t.currentPassword}
        autoComplete="off"
        required
      />
      <PasswordField
        control={form.control}
        name="newPassword"
        label={t.newPassword}
        help={t.tooShort(PASSWORD_MIN)}
        autoComplete="new-password"
        required
      />
      <PasswordField
        control={form.control}
        name="confirm"
        label={t.confirmPassword}
        autoComplete="new-password"
        required
      />
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
      <div>
        <SubmitButton control={form.control} pending={change.isPending}>
          {t.changePassword}
        </SubmitButton>
      </div>
    </form>
  );
}
