import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMutation } from '@tanstack/react-query';
import { PasswordField, SubmitButton, TextField } from '@/components/form';
import { HttpError } from '@/lib/http/errors';
import { GS2_LIMITS } from '../wire';
import { selfServiceMessage } from './messages';
import { signIn } from './self-service-api';
import { useSelfServiceText } from './self-service-text';

type Values = { userName: string; password: string; otp: string };

/**
 * GS2 sign-in (loginByUser) through the link: the code field appears when GS2 says this user's MFA is on.
 * What was typed stays in the fields after a failure, except a wrong code, which is cleared.
 */
export function SignInForm(props: { token: string; userName: string; onSignedIn: () => void }) {
  const t = useSelfServiceText();
  const [needOtp, setNeedOtp] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(
      z.object({
        userName: z.string().trim().min(1, t.userNameRequired).max(GS2_LIMITS.name),
        password: z.string().min(1, t.passwordRequired).max(GS2_LIMITS.password),
        // Empty until GS2 asks for it; an empty code then is refused by GS2 with the same request again.
        otp: z
          .string()
          .trim()
          .regex(/^(\d{6})?$/, t.otpFormat),
      }),
    ),
    defaultValues: { userName: props.userName, password: '', otp: '' },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      signIn(props.token, {
        userName: v.userName.trim(),
        password: v.password,
        otp: needOtp ? v.otp.trim() : undefined,
      }),
    gcTime: 0,
    meta: { silent: true },
    onSuccess: () => {
      form.reset({ userName: props.userName, password: '', otp: '' });
      props.onSignedIn();
    },
    onError: (err) => {
      if (err instanceof HttpError && err.code === 'otp-required') setNeedOtp(true);
      if (err instanceof HttpError && err.code === 'bad-otp') form.setValue('otp', '');
    },
  });
  const otpAsked = mutation.error instanceof HttpError && mutation.error.code === 'otp-required';
  return (
    <form
      className="stack"
      noValidate
      aria-labelledby="self-service-sign-in"
      onSubmit={(e) => void form.handleSubmit((v) => mutation.mutate(v))(e)}
    >
      <h2 id="self-service-sign-in">{t.signInTitle}</h2>
      {mutation.isError && (
        <p className={otpAsked ? 'muted' : 'error-panel'} role="alert">
          {selfServiceMessage(mutation.error, t)}
        </p>
      )}
      <TextField
        control={form.control}
        name="userName"
        label={t.userName}
        autoComplete="username"
        spellCheck={false}
        required
      />
      <PasswordField control={form.control} name="password" label={t.password} required />
      {needOtp && (
        <TextField
          control={form.control}
          name="otp"
          label={t.otp}
          help={t.otpHelp}
          autoComplete="one-time-code"
          inputMode="numeric"
          required
        />
      )}
      <div className="form-actions">
        <SubmitButton control={form.control} pending={mutation.isPending} pendingLabel={t.signingIn}>
          {t.signIn}
        </SubmitButton>
      </div>
    </form>
  );
}
